// Once per test run: a self-signed certificate for the loopback ARM server. Azure's SDK refuses
// to send bearer tokens over plain HTTP, so the fake speaks HTTPS and every test process trusts
// it through NODE_EXTRA_CA_CERTS (read at process start: set here, before workers fork).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), "gt-tls-"));
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "2",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
    ],
    { stdio: "pipe" },
  );
  process.env.NODE_EXTRA_CA_CERTS = cert;
  process.env.GT_TEST_TLS_KEY = key;
  process.env.GT_TEST_TLS_CERT = cert;
  return () => rmSync(dir, { recursive: true, force: true });
}

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    globalSetup: ["__tests__/global-setup.ts"],
    // Real gunicorn, ncc builds and loopback servers take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});

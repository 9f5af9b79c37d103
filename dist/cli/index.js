#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6821:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parsePipRequirementsLineLoosely = exports.parsePipRequirementsFileLoosely = exports.parsePipRequirementsLine = exports.parsePipRequirementsFile = exports.RequirementsSyntaxError = void 0;
const pep_508_ohm_bundle_1 = __importDefault(__nccwpck_require__(3823));
const semantics_1 = __nccwpck_require__(1884);
var semantics_2 = __nccwpck_require__(1884);
Object.defineProperty(exports, "RequirementsSyntaxError", ({ enumerable: true, get: function () { return semantics_2.RequirementsSyntaxError; } }));
__exportStar(__nccwpck_require__(7228), exports);
function parsePipRequirementsFile(fileContent, options) {
    const matchResult = pep_508_ohm_bundle_1.default.match(fileContent, 'File');
    if (matchResult.failed()) {
        throw new semantics_1.RequirementsSyntaxError(`Failed to parse requirements file. ${matchResult.shortMessage}`);
    }
    if (options === null || options === void 0 ? void 0 : options.includeLocations) {
        return (0, semantics_1.semantics)(matchResult).extractWithLocation();
    }
    return (0, semantics_1.semantics)(matchResult).extract();
}
exports.parsePipRequirementsFile = parsePipRequirementsFile;
function parsePipRequirementsLine(lineContent, options) {
    const matchResult = pep_508_ohm_bundle_1.default.match(lineContent, 'Line');
    if (matchResult.failed()) {
        throw new semantics_1.RequirementsSyntaxError(`Failed to parse requirements line. ${matchResult.shortMessage}`);
    }
    if (options === null || options === void 0 ? void 0 : options.includeLocations) {
        return (0, semantics_1.semantics)(matchResult).extractWithLocation();
    }
    return (0, semantics_1.semantics)(matchResult).extract();
}
exports.parsePipRequirementsLine = parsePipRequirementsLine;
function parsePipRequirementsFileLoosely(fileContent, options) {
    const matchResult = pep_508_ohm_bundle_1.default.match(fileContent, 'LooseFile');
    if (matchResult.failed()) {
        throw new semantics_1.RequirementsSyntaxError(`Failed to loosely parse requirements file. ${matchResult.shortMessage}`);
    }
    if (options === null || options === void 0 ? void 0 : options.includeLocations) {
        return (0, semantics_1.semantics)(matchResult).extractLooselyWithLocation();
    }
    return (0, semantics_1.semantics)(matchResult).extractLoosely();
}
exports.parsePipRequirementsFileLoosely = parsePipRequirementsFileLoosely;
function parsePipRequirementsLineLoosely(lineContent, options) {
    const matchResult = pep_508_ohm_bundle_1.default.match(lineContent, 'LooseLine');
    if (matchResult.failed()) {
        throw new semantics_1.RequirementsSyntaxError(`Failed to loosely parse requirements line. ${matchResult.shortMessage}`);
    }
    if (options === null || options === void 0 ? void 0 : options.includeLocations) {
        return (0, semantics_1.semantics)(matchResult).extractLooselyWithLocation();
    }
    return (0, semantics_1.semantics)(matchResult).extractLoosely();
}
exports.parsePipRequirementsLineLoosely = parsePipRequirementsLineLoosely;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3823:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const {makeRecipe}=__nccwpck_require__(5280);const result=makeRecipe(["grammar",{"source":"PEP508 {\n    // Grammar adapted from https://peps.python.org/pep-0508/#complete-grammar\n    // (naming retained, just reordered and camelCased)\n    File = ListOf<Line, \"\\n\">\n    Line = Req? comment?\n    Req = UrlReq | NameReq | RequirementsReq | ConstraintsReq\n\n    NameReq = Name Extras? VersionSpec QuotedMarker?\n    UrlReq  = Name Extras? UrlSpec (space QuotedMarker)?\n    Extras  = \"[\" ListOf<identifier, \",\"> \"]\"\n    Name    = identifier\n    identifier    = alnum identifierEnd*\n    identifierEnd = alnum -- single\n                  | ((\"-\" | \"_\" | \".\" )* alnum) -- multi\n\n    // Requirements based on other requirements files (not in PEP 508, but supported by pip)\n    RequirementsReq = \"-r\" filePath\n    ConstraintsReq  = \"-c\" filePath\n    filePath        = (~(\"\\n\" | \"#\") any)+\n\n    UrlSpec      = \"@\" uriReference\n    uriReference = uri | relativeRef\n    uri          = scheme \":\" hierPart? (\"?\" query )? (\"#\" fragment)?\n    hierPart     = (\"//\" authority pathAbempty) -- abempty\n                 | pathAbsolute -- absolute\n                 | pathRootless -- rootless\n    absoluteUri  = scheme \":\" hierPart? (\"?\" query )?\n    relativeRef  = relativePart? (\"?\" query )? (\"#\" fragment )?\n    relativePart = \"//\" authority pathAbempty -- abempty\n                 | pathAbsolute -- absolute\n                 | pathNoscheme -- noscheme\n    scheme       = letter (alnum | \"+\" | \"-\" | \".\")*\n    authority    = (userinfo \"@\" )? host (\":\" port )?\n    userinfo     = (unreserved | pctEncoded | subDelims | \":\")*\n    host         = ipLiteral | ipv4Address | regName\n    port         = digit*\n    ipLiteral    = \"[\" (ipv6Address | ipvFuture) \"]\"\n    ipvFuture    = \"v\" hexdig+ \".\" (unreserved | subDelims | \":\")+\n    ipv6Address  = (hexdig | \":\" | \".\")+ // dumbed down a lot, mostly due to lack of quantifier support in Ohm\n    ipv4Address  = decOctet \".\" decOctet \".\" decOctet \".\" decOctet\n    nz           = ~\"0\" digit\n    decOctet     = digit -- zeroToNine\n                 | nz digit -- tenToNinetyNine\n                 | \"1\" digit digit -- oneHundredToOneNinetyNine\n                 | \"2\" (\"0\" | \"1\" | \"2\" | \"3\" | \"4\") digit -- twoHundredToTwoFortyNine\n                 | \"25\" (\"0\" | \"1\" | \"2\" | \"3\" | \"4\" | \"5\") -- twoFiftyToTwoFiftyFive\n    regName      = (unreserved | pctEncoded | subDelims)*\n    path         = pathAbempty // begins with \"/\" or is empty\n                 | pathAbsolute // begins with \"/\" but not \"//\"\n                 | pathNoscheme // begins with a non-colon segment\n                 | pathRootless // begins with a segment\n    pathAbempty  = (\"/\" segment)*\n    pathAbsolute = \"/\" (segmentNz (\"/\" segment)* )?\n    pathNoscheme = segmentNzNc (\"/\" segment)*\n    pathRootless = segmentNz (\"/\" segment)*\n    segment      = pchar*\n    segmentNz    = pchar+\n    segmentNzNc  = (unreserved | pctEncoded | subDelims | \"@\")+ // non-zero-length segment without any colon \":\"\n    pchar        = unreserved | pctEncoded | subDelims | \":\" | \"@\"\n    query        = (pchar | \"/\" | \"?\")*\n    fragment     = (pchar | \"/\" | \"?\")*\n    pctEncoded   = \"%\" hexdig\n    unreserved   = alnum | \"-\" | \".\" | \"_\" | \"~\"\n    reserved     = genDelims | subDelims\n    genDelims    = \":\" | \"/\" | \"?\" | \"#\" | \"(\" | \")?\" | \"@\"\n    subDelims    = \"!\" | \"$\" | \"&\" | \"'\" | \"(\" | \")\" | \"*\" | \"+\" | \",\" | \";\" | \"=\"\n    hexdig       = digit | \"a\" | \"A\" | \"b\" | \"B\" | \"c\" | \"C\" | \"d\" | \"D\" | \"e\" | \"E\" | \"f\" | \"F\"\n\n    // Environment markers\n    QuotedMarker  = \";\" Marker\n    Marker        = MarkerOr\n    MarkerOr      = MarkerAnd \"or\" MarkerOr -- node\n                  | MarkerAnd -- leaf\n    MarkerAnd     = MarkerExpr \"and\" MarkerAnd -- node\n                  | MarkerExpr -- leaf\n    MarkerExpr    = MarkerVar markerOp MarkerVar -- leaf\n                  | \"(\" Marker \")\" -- node\n    MarkerVar     = envVar | pythonStr\n    markerOp      = versionCmp -- versionCmp\n                  | \"in\" -- in\n                  | (\"not\" space+ \"in\") -- notIn\n    pythonStr     = \"'\" (pythonStrChar | \"\\\"\")* \"'\"\n                  | \"\\\"\" (pythonStrChar | \"'\")* \"\\\"\"\n    pythonStrChar = space | alnum | \"(\" | \")\" | \".\" | \"{\" | \"}\" | \"-\" | \"_\" | \"*\" | \"#\" | \":\" | \";\" | \",\" | \"/\" | \"?\"\n                  | \"[\" | \"]\" | \"!\" | \"~\" | \"`\" | \"@\" | \"$\" | \"%\" | \"^\" | \"&\" | \"=\" | \"+\" | \"|\" | \"<\" | \">\"\n    envVar        = \"python_version\" | \"python_full_version\" | \"os_name\" | \"sys_platform\" | \"platform_release\"\n                  | \"platform_system\" | \"platform_version\" | \"platform_machine\" | \"platform_python_implementation\"\n                  | \"implementation_name\" | \"implementation_version\" | \"extra\" // ONLY when defined by a containing layer\n\n    // Version specifiers, defined in PEP 440 (https://peps.python.org/pep-0440/)\n    VersionSpec   = \"(\" VersionMany \")\" -- parenthesized\n                  | VersionMany -- direct\n    VersionMany   = ListOf<VersionOne, \",\">\n    VersionOne    = versionCmp version\n    versionCmp    = \"<=\" | \"<\" | \"!=\" | \"==\" | \">=\" | \">\" | \"~=\" | \"===\"\n    version       = (alnum | \"-\" | \"_\" | \".\" | \"*\" | \"+\" | \"!\" )+\n\n    comment = \"#\" (~\"\\n\" any)*\n\n    space := \" \" | \"\\t\" // Overriding Ohm's definition of whitespace to kick out newlines and other Unicode whitespace\n\n    // Loose grammar for parsing unfinished requirements - focused on extracting the name, extras, and version spec\n    LooseFile         = ListOf<LooseLine, \"\\n\">\n    LooseLine         = LooseReq comment?\n    LooseReq          = LooseNonNameReq | LooseNameReq\n    LooseNameReq      = Name LooseExtras? LooseVersionSpec LooseQuotedMarker?\n    LooseNonNameReq   = (~(~(Name \"@\") Name) looseAnything) // Non-name req can start with Name only if followed by \"@\"\n    LooseExtras       = \"[\" ListOf<identifier, \",\"> \",\"* \"]\"?\n    LooseQuotedMarker = \";\" looseAnything\n    LooseVersionSpec  = \"(\" LooseVersionMany \")\"? -- parenthesized\n                      | LooseVersionMany -- direct\n    LooseVersionMany  = ListOf<LooseVersionOne, \",\"> \",\"*\n    LooseVersionOne   = looseVersionCmp looseVersion?\n    looseVersionCmp   = (\"<\" | \"=\" | \"!\" | \">\" | \"~\")+\n    looseVersion      = (alnum | \"-\" | \"_\" | \".\" | \"*\" | \"+\" | \"!\" )+\n    looseAnything     = (~(\"\\n\" | \"#\") any)* // Any non-comment line content\n}"},"PEP508",null,"File",{"File":["define",{"sourceInterval":[148,173]},null,[],["app",{"sourceInterval":[155,173]},"ListOf",[["app",{"sourceInterval":[162,166]},"Line",[]],["terminal",{"sourceInterval":[168,172]},"\n"]]]],"Line":["define",{"sourceInterval":[178,198]},null,[],["seq",{"sourceInterval":[185,198]},["opt",{"sourceInterval":[185,189]},["app",{"sourceInterval":[185,188]},"Req",[]]],["opt",{"sourceInterval":[190,198]},["app",{"sourceInterval":[190,197]},"comment",[]]]]],"Req":["define",{"sourceInterval":[203,260]},null,[],["alt",{"sourceInterval":[209,260]},["app",{"sourceInterval":[209,215]},"UrlReq",[]],["app",{"sourceInterval":[218,225]},"NameReq",[]],["app",{"sourceInterval":[228,243]},"RequirementsReq",[]],["app",{"sourceInterval":[246,260]},"ConstraintsReq",[]]]],"NameReq":["define",{"sourceInterval":[266,314]},null,[],["seq",{"sourceInterval":[276,314]},["app",{"sourceInterval":[276,280]},"Name",[]],["opt",{"sourceInterval":[281,288]},["app",{"sourceInterval":[281,287]},"Extras",[]]],["app",{"sourceInterval":[289,300]},"VersionSpec",[]],["opt",{"sourceInterval":[301,314]},["app",{"sourceInterval":[301,313]},"QuotedMarker",[]]]]],"UrlReq":["define",{"sourceInterval":[319,371]},null,[],["seq",{"sourceInterval":[329,371]},["app",{"sourceInterval":[329,333]},"Name",[]],["opt",{"sourceInterval":[334,341]},["app",{"sourceInterval":[334,340]},"Extras",[]]],["app",{"sourceInterval":[342,349]},"UrlSpec",[]],["opt",{"sourceInterval":[350,371]},["seq",{"sourceInterval":[351,369]},["app",{"sourceInterval":[351,356]},"space",[]],["app",{"sourceInterval":[357,369]},"QuotedMarker",[]]]]]],"Extras":["define",{"sourceInterval":[376,417]},null,[],["seq",{"sourceInterval":[386,417]},["terminal",{"sourceInterval":[386,389]},"["],["app",{"sourceInterval":[390,413]},"ListOf",[["app",{"sourceInterval":[397,407]},"identifier",[]],["terminal",{"sourceInterval":[409,412]},","]]],["terminal",{"sourceInterval":[414,417]},"]"]]],"Name":["define",{"sourceInterval":[422,442]},null,[],["app",{"sourceInterval":[432,442]},"identifier",[]]],"identifier":["define",{"sourceInterval":[447,483]},null,[],["seq",{"sourceInterval":[463,483]},["app",{"sourceInterval":[463,468]},"alnum",[]],["star",{"sourceInterval":[469,483]},["app",{"sourceInterval":[469,482]},"identifierEnd",[]]]]],"identifierEnd_single":["define",{"sourceInterval":[504,519]},null,[],["app",{"sourceInterval":[504,509]},"alnum",[]]],"identifierEnd_multi":["define",{"sourceInterval":[540,576]},null,[],["seq",{"sourceInterval":[540,567]},["star",{"sourceInterval":[541,560]},["alt",{"sourceInterval":[542,557]},["terminal",{"sourceInterval":[542,545]},"-"],["terminal",{"sourceInterval":[548,551]},"_"],["terminal",{"sourceInterval":[554,557]},"."]]],["app",{"sourceInterval":[561,566]},"alnum",[]]]],"identifierEnd":["define",{"sourceInterval":[488,576]},null,[],["alt",{"sourceInterval":[504,576]},["app",{"sourceInterval":[504,509]},"identifierEnd_single",[]],["app",{"sourceInterval":[540,567]},"identifierEnd_multi",[]]]],"RequirementsReq":["define",{"sourceInterval":[675,706]},null,[],["seq",{"sourceInterval":[693,706]},["terminal",{"sourceInterval":[693,697]},"-r"],["app",{"sourceInterval":[698,706]},"filePath",[]]]],"ConstraintsReq":["define",{"sourceInterval":[711,742]},null,[],["seq",{"sourceInterval":[729,742]},["terminal",{"sourceInterval":[729,733]},"-c"],["app",{"sourceInterval":[734,742]},"filePath",[]]]],"filePath":["define",{"sourceInterval":[747,785]},null,[],["plus",{"sourceInterval":[765,785]},["seq",{"sourceInterval":[766,783]},["not",{"sourceInterval":[766,779]},["alt",{"sourceInterval":[768,778]},["terminal",{"sourceInterval":[768,772]},"\n"],["terminal",{"sourceInterval":[775,778]},"#"]]],["app",{"sourceInterval":[780,783]},"any",[]]]]],"UrlSpec":["define",{"sourceInterval":[791,822]},null,[],["seq",{"sourceInterval":[806,822]},["terminal",{"sourceInterval":[806,809]},"@"],["app",{"sourceInterval":[810,822]},"uriReference",[]]]],"uriReference":["define",{"sourceInterval":[827,859]},null,[],["alt",{"sourceInterval":[842,859]},["app",{"sourceInterval":[842,845]},"uri",[]],["app",{"sourceInterval":[848,859]},"relativeRef",[]]]],"uri":["define",{"sourceInterval":[864,929]},null,[],["seq",{"sourceInterval":[879,929]},["app",{"sourceInterval":[879,885]},"scheme",[]],["terminal",{"sourceInterval":[886,889]},":"],["opt",{"sourceInterval":[890,899]},["app",{"sourceInterval":[890,898]},"hierPart",[]]],["opt",{"sourceInterval":[900,913]},["seq",{"sourceInterval":[901,910]},["terminal",{"sourceInterval":[901,904]},"?"],["app",{"sourceInterval":[905,910]},"query",[]]]],["opt",{"sourceInterval":[914,929]},["seq",{"sourceInterval":[915,927]},["terminal",{"sourceInterval":[915,918]},"#"],["app",{"sourceInterval":[919,927]},"fragment",[]]]]]],"hierPart_abempty":["define",{"sourceInterval":[949,988]},null,[],["seq",{"sourceInterval":[949,977]},["terminal",{"sourceInterval":[950,954]},"//"],["app",{"sourceInterval":[955,964]},"authority",[]],["app",{"sourceInterval":[965,976]},"pathAbempty",[]]]],"hierPart_absolute":["define",{"sourceInterval":[1008,1032]},null,[],["app",{"sourceInterval":[1008,1020]},"pathAbsolute",[]]],"hierPart_rootless":["define",{"sourceInterval":[1052,1076]},null,[],["app",{"sourceInterval":[1052,1064]},"pathRootless",[]]],"hierPart":["define",{"sourceInterval":[934,1076]},null,[],["alt",{"sourceInterval":[949,1076]},["app",{"sourceInterval":[949,977]},"hierPart_abempty",[]],["app",{"sourceInterval":[1008,1020]},"hierPart_absolute",[]],["app",{"sourceInterval":[1052,1064]},"hierPart_rootless",[]]]],"absoluteUri":["define",{"sourceInterval":[1081,1130]},null,[],["seq",{"sourceInterval":[1096,1130]},["app",{"sourceInterval":[1096,1102]},"scheme",[]],["terminal",{"sourceInterval":[1103,1106]},":"],["opt",{"sourceInterval":[1107,1116]},["app",{"sourceInterval":[1107,1115]},"hierPart",[]]],["opt",{"sourceInterval":[1117,1130]},["seq",{"sourceInterval":[1118,1127]},["terminal",{"sourceInterval":[1118,1121]},"?"],["app",{"sourceInterval":[1122,1127]},"query",[]]]]]],"relativeRef":["define",{"sourceInterval":[1135,1194]},null,[],["seq",{"sourceInterval":[1150,1194]},["opt",{"sourceInterval":[1150,1163]},["app",{"sourceInterval":[1150,1162]},"relativePart",[]]],["opt",{"sourceInterval":[1164,1177]},["seq",{"sourceInterval":[1165,1174]},["terminal",{"sourceInterval":[1165,1168]},"?"],["app",{"sourceInterval":[1169,1174]},"query",[]]]],["opt",{"sourceInterval":[1178,1194]},["seq",{"sourceInterval":[1179,1191]},["terminal",{"sourceInterval":[1179,1182]},"#"],["app",{"sourceInterval":[1183,1191]},"fragment",[]]]]]],"relativePart_abempty":["define",{"sourceInterval":[1214,1251]},null,[],["seq",{"sourceInterval":[1214,1240]},["terminal",{"sourceInterval":[1214,1218]},"//"],["app",{"sourceInterval":[1219,1228]},"authority",[]],["app",{"sourceInterval":[1229,1240]},"pathAbempty",[]]]],"relativePart_absolute":["define",{"sourceInterval":[1271,1295]},null,[],["app",{"sourceInterval":[1271,1283]},"pathAbsolute",[]]],"relativePart_noscheme":["define",{"sourceInterval":[1315,1339]},null,[],["app",{"sourceInterval":[1315,1327]},"pathNoscheme",[]]],"relativePart":["define",{"sourceInterval":[1199,1339]},null,[],["alt",{"sourceInterval":[1214,1339]},["app",{"sourceInterval":[1214,1240]},"relativePart_abempty",[]],["app",{"sourceInterval":[1271,1283]},"relativePart_absolute",[]],["app",{"sourceInterval":[1315,1327]},"relativePart_noscheme",[]]]],"scheme":["define",{"sourceInterval":[1344,1392]},null,[],["seq",{"sourceInterval":[1359,1392]},["app",{"sourceInterval":[1359,1365]},"letter",[]],["star",{"sourceInterval":[1366,1392]},["alt",{"sourceInterval":[1367,1390]},["app",{"sourceInterval":[1367,1372]},"alnum",[]],["terminal",{"sourceInterval":[1375,1378]},"+"],["terminal",{"sourceInterval":[1381,1384]},"-"],["terminal",{"sourceInterval":[1387,1390]},"."]]]]],"authority":["define",{"sourceInterval":[1397,1446]},null,[],["seq",{"sourceInterval":[1412,1446]},["opt",{"sourceInterval":[1412,1428]},["seq",{"sourceInterval":[1413,1425]},["app",{"sourceInterval":[1413,1421]},"userinfo",[]],["terminal",{"sourceInterval":[1422,1425]},"@"]]],["app",{"sourceInterval":[1429,1433]},"host",[]],["opt",{"sourceInterval":[1434,1446]},["seq",{"sourceInterval":[1435,1443]},["terminal",{"sourceInterval":[1435,1438]},":"],["app",{"sourceInterval":[1439,1443]},"port",[]]]]]],"userinfo":["define",{"sourceInterval":[1451,1510]},null,[],["star",{"sourceInterval":[1466,1510]},["alt",{"sourceInterval":[1467,1508]},["app",{"sourceInterval":[1467,1477]},"unreserved",[]],["app",{"sourceInterval":[1480,1490]},"pctEncoded",[]],["app",{"sourceInterval":[1493,1502]},"subDelims",[]],["terminal",{"sourceInterval":[1505,1508]},":"]]]],"host":["define",{"sourceInterval":[1515,1563]},null,[],["alt",{"sourceInterval":[1530,1563]},["app",{"sourceInterval":[1530,1539]},"ipLiteral",[]],["app",{"sourceInterval":[1542,1553]},"ipv4Address",[]],["app",{"sourceInterval":[1556,1563]},"regName",[]]]],"port":["define",{"sourceInterval":[1568,1589]},null,[],["star",{"sourceInterval":[1583,1589]},["app",{"sourceInterval":[1583,1588]},"digit",[]]]],"ipLiteral":["define",{"sourceInterval":[1594,1642]},null,[],["seq",{"sourceInterval":[1609,1642]},["terminal",{"sourceInterval":[1609,1612]},"["],["alt",{"sourceInterval":[1614,1637]},["app",{"sourceInterval":[1614,1625]},"ipv6Address",[]],["app",{"sourceInterval":[1628,1637]},"ipvFuture",[]]],["terminal",{"sourceInterval":[1639,1642]},"]"]]],"ipvFuture":["define",{"sourceInterval":[1647,1709]},null,[],["seq",{"sourceInterval":[1662,1709]},["terminal",{"sourceInterval":[1662,1665]},"v"],["plus",{"sourceInterval":[1666,1673]},["app",{"sourceInterval":[1666,1672]},"hexdig",[]]],["terminal",{"sourceInterval":[1674,1677]},"."],["plus",{"sourceInterval":[1678,1709]},["alt",{"sourceInterval":[1679,1707]},["app",{"sourceInterval":[1679,1689]},"unreserved",[]],["app",{"sourceInterval":[1692,1701]},"subDelims",[]],["terminal",{"sourceInterval":[1704,1707]},":"]]]]],"ipv6Address":["define",{"sourceInterval":[1714,1750]},null,[],["plus",{"sourceInterval":[1729,1750]},["alt",{"sourceInterval":[1730,1748]},["app",{"sourceInterval":[1730,1736]},"hexdig",[]],["terminal",{"sourceInterval":[1739,1742]},":"],["terminal",{"sourceInterval":[1745,1748]},"."]]]],"ipv4Address":["define",{"sourceInterval":[1825,1887]},null,[],["seq",{"sourceInterval":[1840,1887]},["app",{"sourceInterval":[1840,1848]},"decOctet",[]],["terminal",{"sourceInterval":[1849,1852]},"."],["app",{"sourceInterval":[1853,1861]},"decOctet",[]],["terminal",{"sourceInterval":[1862,1865]},"."],["app",{"sourceInterval":[1866,1874]},"decOctet",[]],["terminal",{"sourceInterval":[1875,1878]},"."],["app",{"sourceInterval":[1879,1887]},"decOctet",[]]]],"nz":["define",{"sourceInterval":[1892,1917]},null,[],["seq",{"sourceInterval":[1907,1917]},["not",{"sourceInterval":[1907,1911]},["terminal",{"sourceInterval":[1908,1911]},"0"]],["app",{"sourceInterval":[1912,1917]},"digit",[]]]],"decOctet_zeroToNine":["define",{"sourceInterval":[1937,1956]},null,[],["app",{"sourceInterval":[1937,1942]},"digit",[]]],"decOctet_tenToNinetyNine":["define",{"sourceInterval":[1976,2003]},null,[],["seq",{"sourceInterval":[1976,1984]},["app",{"sourceInterval":[1976,1978]},"nz",[]],["app",{"sourceInterval":[1979,1984]},"digit",[]]]],"decOctet_oneHundredToOneNinetyNine":["define",{"sourceInterval":[2023,2067]},null,[],["seq",{"sourceInterval":[2023,2038]},["terminal",{"sourceInterval":[2023,2026]},"1"],["app",{"sourceInterval":[2027,2032]},"digit",[]],["app",{"sourceInterval":[2033,2038]},"digit",[]]]],"decOctet_twoHundredToTwoFortyNine":["define",{"sourceInterval":[2087,2154]},null,[],["seq",{"sourceInterval":[2087,2126]},["terminal",{"sourceInterval":[2087,2090]},"2"],["alt",{"sourceInterval":[2092,2119]},["terminal",{"sourceInterval":[2092,2095]},"0"],["terminal",{"sourceInterval":[2098,2101]},"1"],["terminal",{"sourceInterval":[2104,2107]},"2"],["terminal",{"sourceInterval":[2110,2113]},"3"],["terminal",{"sourceInterval":[2116,2119]},"4"]],["app",{"sourceInterval":[2121,2126]},"digit",[]]]],"decOctet_twoFiftyToTwoFiftyFive":["define",{"sourceInterval":[2174,2240]},null,[],["seq",{"sourceInterval":[2174,2214]},["terminal",{"sourceInterval":[2174,2178]},"25"],["alt",{"sourceInterval":[2180,2213]},["terminal",{"sourceInterval":[2180,2183]},"0"],["terminal",{"sourceInterval":[2186,2189]},"1"],["terminal",{"sourceInterval":[2192,2195]},"2"],["terminal",{"sourceInterval":[2198,2201]},"3"],["terminal",{"sourceInterval":[2204,2207]},"4"],["terminal",{"sourceInterval":[2210,2213]},"5"]]]],"decOctet":["define",{"sourceInterval":[1922,2240]},null,[],["alt",{"sourceInterval":[1937,2240]},["app",{"sourceInterval":[1937,1942]},"decOctet_zeroToNine",[]],["app",{"sourceInterval":[1976,1984]},"decOctet_tenToNinetyNine",[]],["app",{"sourceInterval":[2023,2038]},"decOctet_oneHundredToOneNinetyNine",[]],["app",{"sourceInterval":[2087,2126]},"decOctet_twoHundredToTwoFortyNine",[]],["app",{"sourceInterval":[2174,2214]},"decOctet_twoFiftyToTwoFiftyFive",[]]]],"regName":["define",{"sourceInterval":[2245,2298]},null,[],["star",{"sourceInterval":[2260,2298]},["alt",{"sourceInterval":[2261,2296]},["app",{"sourceInterval":[2261,2271]},"unreserved",[]],["app",{"sourceInterval":[2274,2284]},"pctEncoded",[]],["app",{"sourceInterval":[2287,2296]},"subDelims",[]]]]],"path":["define",{"sourceInterval":[2303,2523]},null,[],["alt",{"sourceInterval":[2318,2523]},["app",{"sourceInterval":[2318,2329]},"pathAbempty",[]],["app",{"sourceInterval":[2380,2392]},"pathAbsolute",[]],["app",{"sourceInterval":[2444,2456]},"pathNoscheme",[]],["app",{"sourceInterval":[2511,2523]},"pathRootless",[]]]],"pathAbempty":["define",{"sourceInterval":[2553,2582]},null,[],["star",{"sourceInterval":[2568,2582]},["seq",{"sourceInterval":[2569,2580]},["terminal",{"sourceInterval":[2569,2572]},"/"],["app",{"sourceInterval":[2573,2580]},"segment",[]]]]],"pathAbsolute":["define",{"sourceInterval":[2587,2634]},null,[],["seq",{"sourceInterval":[2602,2634]},["terminal",{"sourceInterval":[2602,2605]},"/"],["opt",{"sourceInterval":[2606,2634]},["seq",{"sourceInterval":[2607,2631]},["app",{"sourceInterval":[2607,2616]},"segmentNz",[]],["star",{"sourceInterval":[2617,2631]},["seq",{"sourceInterval":[2618,2629]},["terminal",{"sourceInterval":[2618,2621]},"/"],["app",{"sourceInterval":[2622,2629]},"segment",[]]]]]]]],"pathNoscheme":["define",{"sourceInterval":[2639,2680]},null,[],["seq",{"sourceInterval":[2654,2680]},["app",{"sourceInterval":[2654,2665]},"segmentNzNc",[]],["star",{"sourceInterval":[2666,2680]},["seq",{"sourceInterval":[2667,2678]},["terminal",{"sourceInterval":[2667,2670]},"/"],["app",{"sourceInterval":[2671,2678]},"segment",[]]]]]],"pathRootless":["define",{"sourceInterval":[2685,2724]},null,[],["seq",{"sourceInterval":[2700,2724]},["app",{"sourceInterval":[2700,2709]},"segmentNz",[]],["star",{"sourceInterval":[2710,2724]},["seq",{"sourceInterval":[2711,2722]},["terminal",{"sourceInterval":[2711,2714]},"/"],["app",{"sourceInterval":[2715,2722]},"segment",[]]]]]],"segment":["define",{"sourceInterval":[2729,2750]},null,[],["star",{"sourceInterval":[2744,2750]},["app",{"sourceInterval":[2744,2749]},"pchar",[]]]],"segmentNz":["define",{"sourceInterval":[2755,2776]},null,[],["plus",{"sourceInterval":[2770,2776]},["app",{"sourceInterval":[2770,2775]},"pchar",[]]]],"segmentNzNc":["define",{"sourceInterval":[2781,2840]},null,[],["plus",{"sourceInterval":[2796,2840]},["alt",{"sourceInterval":[2797,2838]},["app",{"sourceInterval":[2797,2807]},"unreserved",[]],["app",{"sourceInterval":[2810,2820]},"pctEncoded",[]],["app",{"sourceInterval":[2823,2832]},"subDelims",[]],["terminal",{"sourceInterval":[2835,2838]},"@"]]]],"pchar":["define",{"sourceInterval":[2894,2956]},null,[],["alt",{"sourceInterval":[2909,2956]},["app",{"sourceInterval":[2909,2919]},"unreserved",[]],["app",{"sourceInterval":[2922,2932]},"pctEncoded",[]],["app",{"sourceInterval":[2935,2944]},"subDelims",[]],["terminal",{"sourceInterval":[2947,2950]},":"],["terminal",{"sourceInterval":[2953,2956]},"@"]]],"query":["define",{"sourceInterval":[2961,2996]},null,[],["star",{"sourceInterval":[2976,2996]},["alt",{"sourceInterval":[2977,2994]},["app",{"sourceInterval":[2977,2982]},"pchar",[]],["terminal",{"sourceInterval":[2985,2988]},"/"],["terminal",{"sourceInterval":[2991,2994]},"?"]]]],"fragment":["define",{"sourceInterval":[3001,3036]},null,[],["star",{"sourceInterval":[3016,3036]},["alt",{"sourceInterval":[3017,3034]},["app",{"sourceInterval":[3017,3022]},"pchar",[]],["terminal",{"sourceInterval":[3025,3028]},"/"],["terminal",{"sourceInterval":[3031,3034]},"?"]]]],"pctEncoded":["define",{"sourceInterval":[3041,3066]},null,[],["seq",{"sourceInterval":[3056,3066]},["terminal",{"sourceInterval":[3056,3059]},"%"],["app",{"sourceInterval":[3060,3066]},"hexdig",[]]]],"unreserved":["define",{"sourceInterval":[3071,3115]},null,[],["alt",{"sourceInterval":[3086,3115]},["app",{"sourceInterval":[3086,3091]},"alnum",[]],["terminal",{"sourceInterval":[3094,3097]},"-"],["terminal",{"sourceInterval":[3100,3103]},"."],["terminal",{"sourceInterval":[3106,3109]},"_"],["terminal",{"sourceInterval":[3112,3115]},"~"]]],"reserved":["define",{"sourceInterval":[3120,3156]},null,[],["alt",{"sourceInterval":[3135,3156]},["app",{"sourceInterval":[3135,3144]},"genDelims",[]],["app",{"sourceInterval":[3147,3156]},"subDelims",[]]]],"genDelims":["define",{"sourceInterval":[3161,3216]},null,[],["alt",{"sourceInterval":[3176,3216]},["terminal",{"sourceInterval":[3176,3179]},":"],["terminal",{"sourceInterval":[3182,3185]},"/"],["terminal",{"sourceInterval":[3188,3191]},"?"],["terminal",{"sourceInterval":[3194,3197]},"#"],["terminal",{"sourceInterval":[3200,3203]},"("],["terminal",{"sourceInterval":[3206,3210]},")?"],["terminal",{"sourceInterval":[3213,3216]},"@"]]],"subDelims":["define",{"sourceInterval":[3221,3299]},null,[],["alt",{"sourceInterval":[3236,3299]},["terminal",{"sourceInterval":[3236,3239]},"!"],["terminal",{"sourceInterval":[3242,3245]},"$"],["terminal",{"sourceInterval":[3248,3251]},"&"],["terminal",{"sourceInterval":[3254,3257]},"'"],["terminal",{"sourceInterval":[3260,3263]},"("],["terminal",{"sourceInterval":[3266,3269]},")"],["terminal",{"sourceInterval":[3272,3275]},"*"],["terminal",{"sourceInterval":[3278,3281]},"+"],["terminal",{"sourceInterval":[3284,3287]},","],["terminal",{"sourceInterval":[3290,3293]},";"],["terminal",{"sourceInterval":[3296,3299]},"="]]],"hexdig":["define",{"sourceInterval":[3304,3396]},null,[],["alt",{"sourceInterval":[3319,3396]},["app",{"sourceInterval":[3319,3324]},"digit",[]],["terminal",{"sourceInterval":[3327,3330]},"a"],["terminal",{"sourceInterval":[3333,3336]},"A"],["terminal",{"sourceInterval":[3339,3342]},"b"],["terminal",{"sourceInterval":[3345,3348]},"B"],["terminal",{"sourceInterval":[3351,3354]},"c"],["terminal",{"sourceInterval":[3357,3360]},"C"],["terminal",{"sourceInterval":[3363,3366]},"d"],["terminal",{"sourceInterval":[3369,3372]},"D"],["terminal",{"sourceInterval":[3375,3378]},"e"],["terminal",{"sourceInterval":[3381,3384]},"E"],["terminal",{"sourceInterval":[3387,3390]},"f"],["terminal",{"sourceInterval":[3393,3396]},"F"]]],"QuotedMarker":["define",{"sourceInterval":[3429,3455]},null,[],["seq",{"sourceInterval":[3445,3455]},["terminal",{"sourceInterval":[3445,3448]},";"],["app",{"sourceInterval":[3449,3455]},"Marker",[]]]],"Marker":["define",{"sourceInterval":[3460,3484]},null,[],["app",{"sourceInterval":[3476,3484]},"MarkerOr",[]]],"MarkerOr_node":["define",{"sourceInterval":[3505,3536]},null,[],["seq",{"sourceInterval":[3505,3528]},["app",{"sourceInterval":[3505,3514]},"MarkerAnd",[]],["terminal",{"sourceInterval":[3515,3519]},"or"],["app",{"sourceInterval":[3520,3528]},"MarkerOr",[]]]],"MarkerOr_leaf":["define",{"sourceInterval":[3557,3574]},null,[],["app",{"sourceInterval":[3557,3566]},"MarkerAnd",[]]],"MarkerOr":["define",{"sourceInterval":[3489,3574]},null,[],["alt",{"sourceInterval":[3505,3574]},["app",{"sourceInterval":[3505,3528]},"MarkerOr_node",[]],["app",{"sourceInterval":[3557,3566]},"MarkerOr_leaf",[]]]],"MarkerAnd_node":["define",{"sourceInterval":[3595,3629]},null,[],["seq",{"sourceInterval":[3595,3621]},["app",{"sourceInterval":[3595,3605]},"MarkerExpr",[]],["terminal",{"sourceInterval":[3606,3611]},"and"],["app",{"sourceInterval":[3612,3621]},"MarkerAnd",[]]]],"MarkerAnd_leaf":["define",{"sourceInterval":[3650,3668]},null,[],["app",{"sourceInterval":[3650,3660]},"MarkerExpr",[]]],"MarkerAnd":["define",{"sourceInterval":[3579,3668]},null,[],["alt",{"sourceInterval":[3595,3668]},["app",{"sourceInterval":[3595,3621]},"MarkerAnd_node",[]],["app",{"sourceInterval":[3650,3660]},"MarkerAnd_leaf",[]]]],"MarkerExpr_leaf":["define",{"sourceInterval":[3689,3725]},null,[],["seq",{"sourceInterval":[3689,3717]},["app",{"sourceInterval":[3689,3698]},"MarkerVar",[]],["app",{"sourceInterval":[3699,3707]},"markerOp",[]],["app",{"sourceInterval":[3708,3717]},"MarkerVar",[]]]],"MarkerExpr_node":["define",{"sourceInterval":[3746,3768]},null,[],["seq",{"sourceInterval":[3746,3760]},["terminal",{"sourceInterval":[3746,3749]},"("],["app",{"sourceInterval":[3750,3756]},"Marker",[]],["terminal",{"sourceInterval":[3757,3760]},")"]]],"MarkerExpr":["define",{"sourceInterval":[3673,3768]},null,[],["alt",{"sourceInterval":[3689,3768]},["app",{"sourceInterval":[3689,3717]},"MarkerExpr_leaf",[]],["app",{"sourceInterval":[3746,3760]},"MarkerExpr_node",[]]]],"MarkerVar":["define",{"sourceInterval":[3773,3807]},null,[],["alt",{"sourceInterval":[3789,3807]},["app",{"sourceInterval":[3789,3795]},"envVar",[]],["app",{"sourceInterval":[3798,3807]},"pythonStr",[]]]],"markerOp_versionCmp":["define",{"sourceInterval":[3828,3852]},null,[],["app",{"sourceInterval":[3828,3838]},"versionCmp",[]]],"markerOp_in":["define",{"sourceInterval":[3873,3883]},null,[],["terminal",{"sourceInterval":[3873,3877]},"in"]],"markerOp_notIn":["define",{"sourceInterval":[3904,3932]},null,[],["seq",{"sourceInterval":[3904,3923]},["terminal",{"sourceInterval":[3905,3910]},"not"],["plus",{"sourceInterval":[3911,3917]},["app",{"sourceInterval":[3911,3916]},"space",[]]],["terminal",{"sourceInterval":[3918,3922]},"in"]]],"markerOp":["define",{"sourceInterval":[3812,3932]},null,[],["alt",{"sourceInterval":[3828,3932]},["app",{"sourceInterval":[3828,3838]},"markerOp_versionCmp",[]],["app",{"sourceInterval":[3873,3877]},"markerOp_in",[]],["app",{"sourceInterval":[3904,3923]},"markerOp_notIn",[]]]],"pythonStr":["define",{"sourceInterval":[3937,4037]},null,[],["alt",{"sourceInterval":[3953,4037]},["seq",{"sourceInterval":[3953,3984]},["terminal",{"sourceInterval":[3953,3956]},"'"],["star",{"sourceInterval":[3957,3980]},["alt",{"sourceInterval":[3958,3978]},["app",{"sourceInterval":[3958,3971]},"pythonStrChar",[]],["terminal",{"sourceInterval":[3974,3978]},"\""]]],["terminal",{"sourceInterval":[3981,3984]},"'"]],["seq",{"sourceInterval":[4005,4037]},["terminal",{"sourceInterval":[4005,4009]},"\""],["star",{"sourceInterval":[4010,4032]},["alt",{"sourceInterval":[4011,4030]},["app",{"sourceInterval":[4011,4024]},"pythonStrChar",[]],["terminal",{"sourceInterval":[4027,4030]},"'"]]],["terminal",{"sourceInterval":[4033,4037]},"\""]]]],"pythonStrChar":["define",{"sourceInterval":[4042,4263]},null,[],["alt",{"sourceInterval":[4058,4263]},["app",{"sourceInterval":[4058,4063]},"space",[]],["app",{"sourceInterval":[4066,4071]},"alnum",[]],["terminal",{"sourceInterval":[4074,4077]},"("],["terminal",{"sourceInterval":[4080,4083]},")"],["terminal",{"sourceInterval":[4086,4089]},"."],["terminal",{"sourceInterval":[4092,4095]},"{"],["terminal",{"sourceInterval":[4098,4101]},"}"],["terminal",{"sourceInterval":[4104,4107]},"-"],["terminal",{"sourceInterval":[4110,4113]},"_"],["terminal",{"sourceInterval":[4116,4119]},"*"],["terminal",{"sourceInterval":[4122,4125]},"#"],["terminal",{"sourceInterval":[4128,4131]},":"],["terminal",{"sourceInterval":[4134,4137]},";"],["terminal",{"sourceInterval":[4140,4143]},","],["terminal",{"sourceInterval":[4146,4149]},"/"],["terminal",{"sourceInterval":[4152,4155]},"?"],["terminal",{"sourceInterval":[4176,4179]},"["],["terminal",{"sourceInterval":[4182,4185]},"]"],["terminal",{"sourceInterval":[4188,4191]},"!"],["terminal",{"sourceInterval":[4194,4197]},"~"],["terminal",{"sourceInterval":[4200,4203]},"`"],["terminal",{"sourceInterval":[4206,4209]},"@"],["terminal",{"sourceInterval":[4212,4215]},"$"],["terminal",{"sourceInterval":[4218,4221]},"%"],["terminal",{"sourceInterval":[4224,4227]},"^"],["terminal",{"sourceInterval":[4230,4233]},"&"],["terminal",{"sourceInterval":[4236,4239]},"="],["terminal",{"sourceInterval":[4242,4245]},"+"],["terminal",{"sourceInterval":[4248,4251]},"|"],["terminal",{"sourceInterval":[4254,4257]},"<"],["terminal",{"sourceInterval":[4260,4263]},">"]]],"envVar":["define",{"sourceInterval":[4268,4568]},null,[],["alt",{"sourceInterval":[4284,4568]},["terminal",{"sourceInterval":[4284,4300]},"python_version"],["terminal",{"sourceInterval":[4303,4324]},"python_full_version"],["terminal",{"sourceInterval":[4327,4336]},"os_name"],["terminal",{"sourceInterval":[4339,4353]},"sys_platform"],["terminal",{"sourceInterval":[4356,4374]},"platform_release"],["terminal",{"sourceInterval":[4395,4412]},"platform_system"],["terminal",{"sourceInterval":[4415,4433]},"platform_version"],["terminal",{"sourceInterval":[4436,4454]},"platform_machine"],["terminal",{"sourceInterval":[4457,4489]},"platform_python_implementation"],["terminal",{"sourceInterval":[4510,4531]},"implementation_name"],["terminal",{"sourceInterval":[4534,4558]},"implementation_version"],["terminal",{"sourceInterval":[4561,4568]},"extra"]]],"VersionSpec_parenthesized":["define",{"sourceInterval":[4715,4751]},null,[],["seq",{"sourceInterval":[4715,4734]},["terminal",{"sourceInterval":[4715,4718]},"("],["app",{"sourceInterval":[4719,4730]},"VersionMany",[]],["terminal",{"sourceInterval":[4731,4734]},")"]]],"VersionSpec_direct":["define",{"sourceInterval":[4772,4793]},null,[],["app",{"sourceInterval":[4772,4783]},"VersionMany",[]]],"VersionSpec":["define",{"sourceInterval":[4699,4793]},null,[],["alt",{"sourceInterval":[4715,4793]},["app",{"sourceInterval":[4715,4734]},"VersionSpec_parenthesized",[]],["app",{"sourceInterval":[4772,4783]},"VersionSpec_direct",[]]]],"VersionMany":["define",{"sourceInterval":[4798,4837]},null,[],["app",{"sourceInterval":[4814,4837]},"ListOf",[["app",{"sourceInterval":[4821,4831]},"VersionOne",[]],["terminal",{"sourceInterval":[4833,4836]},","]]]],"VersionOne":["define",{"sourceInterval":[4842,4876]},null,[],["seq",{"sourceInterval":[4858,4876]},["app",{"sourceInterval":[4858,4868]},"versionCmp",[]],["app",{"sourceInterval":[4869,4876]},"version",[]]]],"versionCmp":["define",{"sourceInterval":[4881,4949]},null,[],["alt",{"sourceInterval":[4897,4949]},["terminal",{"sourceInterval":[4897,4901]},"<="],["terminal",{"sourceInterval":[4904,4907]},"<"],["terminal",{"sourceInterval":[4910,4914]},"!="],["terminal",{"sourceInterval":[4917,4921]},"=="],["terminal",{"sourceInterval":[4924,4928]},">="],["terminal",{"sourceInterval":[4931,4934]},">"],["terminal",{"sourceInterval":[4937,4941]},"~="],["terminal",{"sourceInterval":[4944,4949]},"==="]]],"version":["define",{"sourceInterval":[4954,5015]},null,[],["plus",{"sourceInterval":[4970,5015]},["alt",{"sourceInterval":[4971,5012]},["app",{"sourceInterval":[4971,4976]},"alnum",[]],["terminal",{"sourceInterval":[4979,4982]},"-"],["terminal",{"sourceInterval":[4985,4988]},"_"],["terminal",{"sourceInterval":[4991,4994]},"."],["terminal",{"sourceInterval":[4997,5000]},"*"],["terminal",{"sourceInterval":[5003,5006]},"+"],["terminal",{"sourceInterval":[5009,5012]},"!"]]]],"comment":["define",{"sourceInterval":[5021,5047]},null,[],["seq",{"sourceInterval":[5031,5047]},["terminal",{"sourceInterval":[5031,5034]},"#"],["star",{"sourceInterval":[5035,5047]},["seq",{"sourceInterval":[5036,5045]},["not",{"sourceInterval":[5036,5041]},["terminal",{"sourceInterval":[5037,5041]},"\n"]],["app",{"sourceInterval":[5042,5045]},"any",[]]]]]],"space":["override",{"sourceInterval":[5053,5072]},null,[],["alt",{"sourceInterval":[5062,5072]},["terminal",{"sourceInterval":[5062,5065]}," "],["terminal",{"sourceInterval":[5068,5072]},"\t"]]],"LooseFile":["define",{"sourceInterval":[5289,5332]},null,[],["app",{"sourceInterval":[5309,5332]},"ListOf",[["app",{"sourceInterval":[5316,5325]},"LooseLine",[]],["terminal",{"sourceInterval":[5327,5331]},"\n"]]]],"LooseLine":["define",{"sourceInterval":[5337,5374]},null,[],["seq",{"sourceInterval":[5357,5374]},["app",{"sourceInterval":[5357,5365]},"LooseReq",[]],["opt",{"sourceInterval":[5366,5374]},["app",{"sourceInterval":[5366,5373]},"comment",[]]]]],"LooseReq":["define",{"sourceInterval":[5379,5429]},null,[],["alt",{"sourceInterval":[5399,5429]},["app",{"sourceInterval":[5399,5414]},"LooseNonNameReq",[]],["app",{"sourceInterval":[5417,5429]},"LooseNameReq",[]]]],"LooseNameReq":["define",{"sourceInterval":[5434,5507]},null,[],["seq",{"sourceInterval":[5454,5507]},["app",{"sourceInterval":[5454,5458]},"Name",[]],["opt",{"sourceInterval":[5459,5471]},["app",{"sourceInterval":[5459,5470]},"LooseExtras",[]]],["app",{"sourceInterval":[5472,5488]},"LooseVersionSpec",[]],["opt",{"sourceInterval":[5489,5507]},["app",{"sourceInterval":[5489,5506]},"LooseQuotedMarker",[]]]]],"LooseNonNameReq":["define",{"sourceInterval":[5512,5567]},null,[],["seq",{"sourceInterval":[5532,5567]},["not",{"sourceInterval":[5533,5552]},["seq",{"sourceInterval":[5535,5551]},["not",{"sourceInterval":[5535,5546]},["seq",{"sourceInterval":[5537,5545]},["app",{"sourceInterval":[5537,5541]},"Name",[]],["terminal",{"sourceInterval":[5542,5545]},"@"]]],["app",{"sourceInterval":[5547,5551]},"Name",[]]]],["app",{"sourceInterval":[5553,5566]},"looseAnything",[]]]],"LooseExtras":["define",{"sourceInterval":[5632,5689]},null,[],["seq",{"sourceInterval":[5652,5689]},["terminal",{"sourceInterval":[5652,5655]},"["],["app",{"sourceInterval":[5656,5679]},"ListOf",[["app",{"sourceInterval":[5663,5673]},"identifier",[]],["terminal",{"sourceInterval":[5675,5678]},","]]],["star",{"sourceInterval":[5680,5684]},["terminal",{"sourceInterval":[5680,5683]},","]],["opt",{"sourceInterval":[5685,5689]},["terminal",{"sourceInterval":[5685,5688]},"]"]]]],"LooseQuotedMarker":["define",{"sourceInterval":[5694,5731]},null,[],["seq",{"sourceInterval":[5714,5731]},["terminal",{"sourceInterval":[5714,5717]},";"],["app",{"sourceInterval":[5718,5731]},"looseAnything",[]]]],"LooseVersionSpec_parenthesized":["define",{"sourceInterval":[5756,5798]},null,[],["seq",{"sourceInterval":[5756,5781]},["terminal",{"sourceInterval":[5756,5759]},"("],["app",{"sourceInterval":[5760,5776]},"LooseVersionMany",[]],["opt",{"sourceInterval":[5777,5781]},["terminal",{"sourceInterval":[5777,5780]},")"]]]],"LooseVersionSpec_direct":["define",{"sourceInterval":[5823,5849]},null,[],["app",{"sourceInterval":[5823,5839]},"LooseVersionMany",[]]],"LooseVersionSpec":["define",{"sourceInterval":[5736,5849]},null,[],["alt",{"sourceInterval":[5756,5849]},["app",{"sourceInterval":[5756,5781]},"LooseVersionSpec_parenthesized",[]],["app",{"sourceInterval":[5823,5839]},"LooseVersionSpec_direct",[]]]],"LooseVersionMany":["define",{"sourceInterval":[5854,5907]},null,[],["seq",{"sourceInterval":[5874,5907]},["app",{"sourceInterval":[5874,5902]},"ListOf",[["app",{"sourceInterval":[5881,5896]},"LooseVersionOne",[]],["terminal",{"sourceInterval":[5898,5901]},","]]],["star",{"sourceInterval":[5903,5907]},["terminal",{"sourceInterval":[5903,5906]},","]]]],"LooseVersionOne":["define",{"sourceInterval":[5912,5961]},null,[],["seq",{"sourceInterval":[5932,5961]},["app",{"sourceInterval":[5932,5947]},"looseVersionCmp",[]],["opt",{"sourceInterval":[5948,5961]},["app",{"sourceInterval":[5948,5960]},"looseVersion",[]]]]],"looseVersionCmp":["define",{"sourceInterval":[5966,6016]},null,[],["plus",{"sourceInterval":[5986,6016]},["alt",{"sourceInterval":[5987,6014]},["terminal",{"sourceInterval":[5987,5990]},"<"],["terminal",{"sourceInterval":[5993,5996]},"="],["terminal",{"sourceInterval":[5999,6002]},"!"],["terminal",{"sourceInterval":[6005,6008]},">"],["terminal",{"sourceInterval":[6011,6014]},"~"]]]],"looseVersion":["define",{"sourceInterval":[6021,6086]},null,[],["plus",{"sourceInterval":[6041,6086]},["alt",{"sourceInterval":[6042,6083]},["app",{"sourceInterval":[6042,6047]},"alnum",[]],["terminal",{"sourceInterval":[6050,6053]},"-"],["terminal",{"sourceInterval":[6056,6059]},"_"],["terminal",{"sourceInterval":[6062,6065]},"."],["terminal",{"sourceInterval":[6068,6071]},"*"],["terminal",{"sourceInterval":[6074,6077]},"+"],["terminal",{"sourceInterval":[6080,6083]},"!"]]]],"looseAnything":["define",{"sourceInterval":[6091,6131]},null,[],["star",{"sourceInterval":[6111,6131]},["seq",{"sourceInterval":[6112,6129]},["not",{"sourceInterval":[6112,6125]},["alt",{"sourceInterval":[6114,6124]},["terminal",{"sourceInterval":[6114,6118]},"\n"],["terminal",{"sourceInterval":[6121,6124]},"#"]]],["app",{"sourceInterval":[6126,6129]},"any",[]]]]]}]);module.exports=result;

/***/ }),

/***/ 1884:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RequirementsSyntaxError = exports.semantics = void 0;
const pep_508_ohm_bundle_1 = __importDefault(__nccwpck_require__(3823));
exports.semantics = pep_508_ohm_bundle_1.default.createSemantics();
function getLocation(node) {
    return {
        startIdx: node.source.startIdx,
        endIdx: node.source.endIdx,
    };
}
function withLocation(node, data) {
    return {
        data,
        location: getLocation(node),
    };
}
exports.semantics.addOperation('extract', {
    /* eslint-disable @typescript-eslint/no-unused-vars */
    File: (linesList) => linesList
        .asIteration()
        .children.map((line) => line.extract())
        .filter(Boolean),
    Line: (req, _comment) => { var _a; return ((_a = req.child(0)) === null || _a === void 0 ? void 0 : _a.extract()) || null; },
    NameReq: (name, extras, versionSpec, markers) => {
        var _a, _b;
        return ({
            type: 'ProjectName',
            name: name.sourceString,
            versionSpec: versionSpec.extract(),
            extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extract(),
            environmentMarkerTree: (_b = markers.child(0)) === null || _b === void 0 ? void 0 : _b.extract(),
        });
    },
    UrlReq: (name, extras, url, _space, markers) => {
        var _a, _b;
        return ({
            type: 'ProjectURL',
            name: name.sourceString,
            url: url.extract(),
            extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extract(),
            environmentMarkerTree: (_b = markers.child(0)) === null || _b === void 0 ? void 0 : _b.extract(),
        });
    },
    Extras: (_open, extrasList, _close) => extrasList.asIteration().children.map((extra) => extra.sourceString),
    RequirementsReq: (_dashR, filePath) => ({
        type: 'RequirementsFile',
        path: filePath.sourceString,
    }),
    ConstraintsReq: (_dashC, filePath) => ({
        type: 'ConstraintsFile',
        path: filePath.sourceString,
    }),
    UrlSpec: (_at, uriReference) => uriReference.sourceString,
    QuotedMarker: (_semi, marker) => marker.extract(),
    MarkerOr_node: (left, _or, right) => ({
        operator: 'or',
        left: left.extract(),
        right: right.extract(),
    }),
    MarkerAnd_node: (left, _and, right) => ({
        operator: 'and',
        left: left.extract(),
        right: right.extract(),
    }),
    MarkerExpr_leaf: (left, operator, right) => ({
        left: left.sourceString,
        operator: operator.sourceString,
        right: right.sourceString,
    }),
    MarkerExpr_node: (_open, marker, _close) => marker.extract(),
    VersionSpec_parenthesized: (_open, versionMany, _close) => versionMany.extract() || [],
    VersionMany: (versionOnesList) => {
        const versionOnes = versionOnesList.asIteration().children;
        if (versionOnes.length === 0) {
            return undefined;
        }
        return versionOnes.map((versionOne) => versionOne.extract());
    },
    VersionOne: (operator, version) => ({
        operator: operator.sourceString,
        version: version.sourceString,
    }),
    /* eslint-enable @typescript-eslint/no-unused-vars */
});
exports.semantics.addOperation('extractLoosely', {
    /* eslint-disable @typescript-eslint/no-unused-vars */
    LooseFile: (linesList) => linesList
        .asIteration()
        .children.map((line) => line.extractLoosely())
        .filter(Boolean),
    LooseLine: (req, _comment) => { var _a; return ((_a = req.child(0)) === null || _a === void 0 ? void 0 : _a.extractLoosely()) || null; },
    LooseNameReq: (name, extras, versionSpec, _markers) => {
        var _a;
        return ({
            type: 'ProjectName',
            name: name.sourceString,
            extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extractLoosely(),
            versionSpec: versionSpec.extractLoosely(),
        });
    },
    LooseNonNameReq: (_) => null,
    LooseExtras: (_open, extrasList, _trailingComma, _close) => extrasList.asIteration().children.map((extra) => extra.sourceString),
    LooseVersionSpec_parenthesized: (_open, versionMany, _close) => versionMany.extractLoosely() || [],
    LooseVersionMany: (versionOnesList, _trailingComma) => {
        const versionOnes = versionOnesList.asIteration().children;
        if (versionOnes.length === 0) {
            return undefined;
        }
        return versionOnes.map((versionOne) => versionOne.extractLoosely());
    },
    LooseVersionOne: (operator, version) => {
        const result = {
            operator: operator.sourceString,
        };
        // Only add version if it was actually matched (not empty)
        if (version.sourceString) {
            result.version = version.sourceString;
        }
        return result;
    },
    /* eslint-enable @typescript-eslint/no-unused-vars */
});
exports.semantics.addOperation('extractWithLocation', {
    /* eslint-disable @typescript-eslint/no-unused-vars */
    File: (linesList) => linesList
        .asIteration()
        .children.map((line) => line.extractWithLocation())
        .filter(Boolean),
    Line: (req, _comment) => { var _a; return ((_a = req.child(0)) === null || _a === void 0 ? void 0 : _a.extractWithLocation()) || null; },
    NameReq: function (name, extras, versionSpec, markers) {
        var _a, _b;
        return withLocation(this, {
            type: 'ProjectName',
            name: withLocation(name, name.sourceString),
            versionSpec: versionSpec.extractWithLocation(),
            extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extractWithLocation(),
            environmentMarkerTree: (_b = markers.child(0)) === null || _b === void 0 ? void 0 : _b.extractWithLocation(),
        });
    },
    UrlReq: function (name, extras, url, _space, markers) {
        var _a, _b;
        return withLocation(this, {
            type: 'ProjectURL',
            name: withLocation(name, name.sourceString),
            url: url.extractWithLocation(),
            extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extractWithLocation(),
            environmentMarkerTree: (_b = markers.child(0)) === null || _b === void 0 ? void 0 : _b.extractWithLocation(),
        });
    },
    Extras: function (_open, extrasList, _close) {
        return extrasList.asIteration().children.map((extra) => withLocation(extra, extra.sourceString));
    },
    RequirementsReq: function (_dashR, filePath) {
        return withLocation(this, {
            type: 'RequirementsFile',
            path: filePath.sourceString,
        });
    },
    ConstraintsReq: function (_dashC, filePath) {
        return withLocation(this, {
            type: 'ConstraintsFile',
            path: filePath.sourceString,
        });
    },
    UrlSpec: function (_at, uriReference) {
        return withLocation(uriReference, uriReference.sourceString);
    },
    QuotedMarker: (_semi, marker) => withLocation(marker, marker.extract()),
    VersionSpec_parenthesized: (_open, versionMany, _close) => versionMany.extractWithLocation() || [],
    VersionMany: (versionOnesList) => {
        const versionOnes = versionOnesList.asIteration().children;
        if (versionOnes.length === 0) {
            return undefined;
        }
        return versionOnes.map((versionOne) => versionOne.extractWithLocation());
    },
    VersionOne: function (operator, version) {
        return withLocation(this, {
            operator: withLocation(operator, operator.sourceString),
            version: withLocation(version, version.sourceString),
        });
    },
    /* eslint-enable @typescript-eslint/no-unused-vars */
});
exports.semantics.addOperation('extractLooselyWithLocation', {
    /* eslint-disable @typescript-eslint/no-unused-vars */
    LooseFile: (linesList) => linesList
        .asIteration()
        .children.map((line) => line.extractLooselyWithLocation())
        .filter(Boolean),
    LooseLine: (req, _comment) => { var _a; return ((_a = req.child(0)) === null || _a === void 0 ? void 0 : _a.extractLooselyWithLocation()) || null; },
    LooseNameReq: function (name, extras, versionSpec, _markers) {
        var _a;
        return withLocation(this, {
            type: 'ProjectName',
            name: withLocation(name, name.sourceString),
            extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extractLooselyWithLocation(),
            versionSpec: versionSpec.extractLooselyWithLocation(),
        });
    },
    LooseNonNameReq: (_) => null,
    LooseExtras: function (_open, extrasList, _trailingComma, _close) {
        return extrasList.asIteration().children.map((extra) => withLocation(extra, extra.sourceString));
    },
    LooseVersionSpec_parenthesized: (_open, versionMany, _close) => versionMany.extractLooselyWithLocation() || [],
    LooseVersionMany: (versionOnesList, _trailingComma) => {
        const versionOnes = versionOnesList.asIteration().children;
        if (versionOnes.length === 0) {
            return undefined;
        }
        return versionOnes.map((versionOne) => versionOne.extractLooselyWithLocation());
    },
    LooseVersionOne: function (operator, version) {
        return withLocation(this, {
            operator: withLocation(operator, operator.sourceString),
            ...(version.sourceString ? { version: withLocation(version, version.sourceString) } : {}),
        });
    },
    /* eslint-enable @typescript-eslint/no-unused-vars */
});
class RequirementsSyntaxError extends Error {
}
exports.RequirementsSyntaxError = RequirementsSyntaxError;
//# sourceMappingURL=semantics.js.map

/***/ }),

/***/ 7228:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VersionOperator = exports.EnvironmentMarkerVariable = void 0;
/** {@link https://peps.python.org/pep-0508/#environment-markers See reference.} */
var EnvironmentMarkerVariable;
(function (EnvironmentMarkerVariable) {
    /** Python equivalent: `'.'.join(platform.python_version_tuple()[:2])` @example 3.11 */
    EnvironmentMarkerVariable["PythonVersion"] = "python_version";
    /** Python equivalent: `platform.python_version()` @example 3.11.2 */
    EnvironmentMarkerVariable["PythonFullVersion"] = "python_full_version";
    /** Python equivalent: `os.name` @example posix */
    EnvironmentMarkerVariable["OsName"] = "os_name";
    /** Python equivalent: `sys.platform` @example linux */
    EnvironmentMarkerVariable["SysPlatform"] = "sys_platform";
    /** Python equivalent: `platform.release()` @example 3.14.1-x86_64-linode39 */
    EnvironmentMarkerVariable["PlatformRelease"] = "platform_release";
    /** Python equivalent: `platform.system()` @example Windows */
    EnvironmentMarkerVariable["PlatformSystem"] = "platform_system";
    /** Python equivalent: `platform.version()` @example #1 SMP Debian 4.19 */
    EnvironmentMarkerVariable["PlatformVersion"] = "platform_version";
    /** Python equivalent: `platform.machine()` @example x86_64 */
    EnvironmentMarkerVariable["PlatformMachine"] = "platform_machine";
    /** Python equivalent: `platform.python_implementation()` @example CPython */
    EnvironmentMarkerVariable["PlatformPythonImplementation"] = "platform_python_implementation";
    /** Python equivalent: `sys.implementation.name` @example cpython */
    EnvironmentMarkerVariable["ImplementationName"] = "implementation_name";
    /** Python equivalent: processed `sys.implementation.version` @example 3.11.2 */
    EnvironmentMarkerVariable["ImplementationVersion"] = "implementation_version";
    /** An error except when defined by the context interpreting the specification @example test */
    EnvironmentMarkerVariable["Extra"] = "extra";
})(EnvironmentMarkerVariable || (exports.EnvironmentMarkerVariable = EnvironmentMarkerVariable = {}));
/** {@link https://peps.python.org/pep-0440/#version-specifiers See reference.} */
var VersionOperator;
(function (VersionOperator) {
    /** {@link https://peps.python.org/pep-0440/#compatible-release See reference.} */
    VersionOperator["CompatibleRelease"] = "~=";
    /** {@link https://peps.python.org/pep-0440/#version-matching See reference.} */
    VersionOperator["VersionMatching"] = "==";
    /** {@link https://peps.python.org/pep-0440/#version-exclusion See reference.} */
    VersionOperator["VersionExclusion"] = "!=";
    /** {@link https://peps.python.org/pep-0440/#inclusive-ordered-comparison See reference.} */
    VersionOperator["LessThanOrMatching"] = "<=";
    /** {@link https://peps.python.org/pep-0440/#inclusive-ordered-comparison See reference.} */
    VersionOperator["GreaterThanOrMatching"] = ">=";
    /** {@link https://peps.python.org/pep-0440/#exclusive-ordered-comparison See reference.} */
    VersionOperator["LessThan"] = "<";
    /** {@link https://peps.python.org/pep-0440/#exclusive-ordered-comparison See reference.} */
    VersionOperator["GreaterThan"] = ">";
    /** {@link https://peps.python.org/pep-0440/#arbitrary-equality See reference.} */
    VersionOperator["ArbitrarilyEqual"] = "===";
})(VersionOperator || (exports.VersionOperator = VersionOperator = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 6240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ isValidModule),
/* harmony export */   Kk: () => (/* binding */ connectionFlags),
/* harmony export */   Oe: () => (/* binding */ buildCommand),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   So: () => (/* binding */ isThreadedClass),
/* harmony export */   _s: () => (/* binding */ configShape),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   n5: () => (/* binding */ isValidChdir),
/* harmony export */   v6: () => (/* binding */ isGreenletClass)
/* harmony export */ });
/* unused harmony exports WORKER_CLASSES, MODULE_PATTERN, CHDIR_PATTERN, CommandSyntaxError */
/** gunicorn's thread-per-request workers and the event-loop workers that serve ASGI apps. */
const WORKER_CLASSES = [
    "sync",
    "gthread",
    "uvicorn_worker.UvicornWorker",
    "uvicorn.workers.UvicornWorker",
    "asgi",
    "gevent",
    "eventlet",
];
/** Workers that run each request as a greenlet; --worker-connections sizes them. */
function isGreenletClass(workerClass) {
    return workerClass === "gevent" || workerClass === "eventlet";
}
/** Workers that run one request per thread; the others run an event loop and take no --threads. */
function isThreadedClass(workerClass) {
    return workerClass === "sync" || workerClass === "gthread";
}
const IDENT = "[A-Za-z_][A-Za-z0-9_]*";
/** `pkg.mod`, `pkg.mod:app` or `pkg.mod:create_app()`; gunicorn's own forms, no arguments. */
const MODULE_PATTERN = new RegExp(`^${IDENT}(\\.${IDENT})*(:${IDENT}(\\(\\))?)?$`);
/** Relative POSIX folder: no `..`, no hidden or absolute paths, no shell metacharacters. */
const CHDIR_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/;
const IPV4_PATTERN = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const INT_PATTERN = /^[1-9]\d{0,5}$/;
const MAX_PATH_LENGTH = 200;
const LIMITS = {
    workers: { min: 1, max: 64 },
    threads: { min: 1, max: 256 },
    timeout: { min: 1, max: 3600 },
    workerConnections: { min: 1, max: 10000 },
    port: { min: 1, max: 65535 },
};
class CommandSyntaxError extends Error {
    name = "CommandSyntaxError";
}
function isValidModule(value) {
    return value.length <= MAX_PATH_LENGTH && MODULE_PATTERN.test(value);
}
function isValidChdir(value) {
    return value.length <= MAX_PATH_LENGTH && CHDIR_PATTERN.test(value);
}
/** The startup command App Service should run. Throws when any part is outside the grammar. */
function buildCommand(config) {
    assertConfig(config);
    // Every setting we size is stated, so a gunicorn.conf.py or GUNICORN_CMD_ARGS cannot change
    // what the command means (command-line flags win in gunicorn's precedence).
    const parts = ["gunicorn", `--workers ${config.workers}`];
    if (isThreadedClass(config.workerClass))
        parts.push(`--threads ${config.threads}`);
    parts.push(`--worker-class ${config.workerClass}`, ...connectionFlags(config), `--bind=${config.host}:${config.port}`, `--timeout ${config.timeout}`);
    if (config.accessLog)
        parts.push("--access-logfile -");
    if (config.chdir)
        parts.push(`--chdir ${config.chdir}`);
    parts.push(shellWord(config.module));
    return parts.join(" ");
}
/**
 * The per-worker connection cap: for gthread always with keep-alive off (the two only mean it
 * together); for gevent, the greenlets each worker runs at once.
 */
function connectionFlags(config) {
    const n = config.workerConnections;
    if (n === undefined)
        return [];
    return isGreenletClass(config.workerClass)
        ? [`--worker-connections ${n}`]
        : [`--worker-connections ${n}`, "--keep-alive 0"];
}
/** A command's settings as a shape: in this grammar a connection cap comes with keep-alive off. */
function configShape(config) {
    return config.workerConnections === undefined || isGreenletClass(config.workerClass)
        ? config
        : { ...config, keepAlive: 0 };
}
/** `app:create_app()` must be quoted: parentheses are shell syntax. The grammar has no quotes. */
function shellWord(module) {
    return module.includes("(") ? `'${module}'` : module;
}
function unquote(word) {
    return /^'[^']*'$/.test(word) ? word.slice(1, -1) : word;
}
const FLAGS = {
    "--bind": (v, c) => {
        const [host, port, extra] = v.split(":");
        if (extra !== undefined || !host || !IPV4_PATTERN.test(host))
            fail(`bad --bind ${v}`);
        c.host = host;
        c.port = port === undefined ? 8000 : int("--bind port", port);
    },
    "--timeout": (v, c) => (c.timeout = int("--timeout", v)),
    "--workers": (v, c) => (c.workers = int("--workers", v)),
    "--worker-connections": (v, c) => (c.workerConnections = int("--worker-connections", v)),
    "--keep-alive": (v, c) => {
        if (v !== "0")
            fail(`--keep-alive must be 0 (it comes with --worker-connections), got ${v}`);
        c.keepAliveOff = true;
    },
    "--threads": (v, c) => (c.threads = int("--threads", v)),
    "--worker-class": (v, c) => {
        const known = WORKER_CLASSES.find((w) => w === v);
        if (!known)
            fail(`--worker-class must be one of ${WORKER_CLASSES.join(", ")}, got ${v}`);
        c.workerClass = known;
    },
    "--access-logfile": (v, c) => {
        if (v !== "-")
            fail(`--access-logfile must be -, got ${v}`);
        c.accessLog = true;
    },
    "--chdir": (v, c) => {
        if (!isValidChdir(v))
            fail(`--chdir must be a relative folder, got ${v}`);
        c.chdir = v;
    },
};
/**
 * Parses a command in this grammar back into its settings (used to check round trips and to
 * read a command already set on the site). Rejects anything else rather than guessing.
 */
function parseCommand(command) {
    const tokens = command.trim().split(/ +/);
    if (tokens[0] !== "gunicorn")
        fail("a startup command must start with gunicorn");
    const draft = {};
    let i = 1;
    for (; i < tokens.length - 1; i++) {
        const token = tokens[i];
        const eq = token.indexOf("=");
        const flag = eq === -1 ? token : token.slice(0, eq);
        const setter = FLAGS[flag];
        if (!setter)
            fail(`unknown option ${JSON.stringify(token)}`);
        const value = eq === -1 ? tokens[++i] : token.slice(eq + 1);
        if (value === undefined || i >= tokens.length - 1)
            fail(`${flag} needs a value`);
        setter(value, draft);
    }
    const module = unquote(tokens[i] ?? "");
    if (i !== tokens.length - 1 || !isValidModule(module)) {
        fail(`the command must end with an app module such as app:app`);
    }
    const greenlets = draft.workerClass !== undefined && isGreenletClass(draft.workerClass);
    if (!greenlets &&
        (draft.workerConnections === undefined) !== (draft.keepAliveOff === undefined)) {
        fail("--worker-connections and --keep-alive 0 come together");
    }
    const threads = draft.threads ?? 1;
    const config = {
        module,
        host: draft.host ?? "127.0.0.1",
        port: draft.port ?? 8000,
        workers: draft.workers ?? 1,
        threads,
        // gunicorn switches sync to gthread by itself when threads > 1.
        workerClass: draft.workerClass ?? (threads > 1 ? "gthread" : "sync"),
        timeout: draft.timeout ?? 30,
        accessLog: draft.accessLog ?? false,
        ...(draft.workerConnections ? { workerConnections: draft.workerConnections } : {}),
        ...(draft.chdir ? { chdir: draft.chdir } : {}),
    };
    assertConfig(config);
    return config;
}
function assertConfig(c) {
    if (!isValidModule(c.module))
        fail(`bad app module ${JSON.stringify(c.module)}`);
    if (!IPV4_PATTERN.test(c.host))
        fail(`bad bind host ${JSON.stringify(c.host)}`);
    if (c.chdir !== undefined && !isValidChdir(c.chdir))
        fail(`bad --chdir ${c.chdir}`);
    for (const key of ["workers", "threads", "timeout", "port", "workerConnections"]) {
        const { min, max } = LIMITS[key];
        const value = c[key];
        if (key === "workerConnections" && value === undefined)
            continue;
        if (value === undefined || !Number.isInteger(value) || value < min || value > max) {
            fail(`${key} must be a whole number from ${min} to ${max}, got ${value}`);
        }
    }
    if (c.workerClass === "sync" && c.threads !== 1)
        fail("the sync worker has exactly one thread");
    if (!isThreadedClass(c.workerClass) && c.threads !== 1) {
        fail(`the ${c.workerClass} worker runs an event loop and takes no --threads`);
    }
    if (c.workerConnections !== undefined &&
        c.workerClass !== "gthread" &&
        !isGreenletClass(c.workerClass)) {
        fail("--worker-connections is set only for gthread, gevent and eventlet workers");
    }
    if (c.workerConnections !== undefined && c.workerConnections < c.threads) {
        fail("--worker-connections below --threads would leave threads without a connection");
    }
}
function int(name, value) {
    if (!INT_PATTERN.test(value))
        fail(`${name} must be a whole number, got ${value}`);
    return Number(value);
}
function fail(message) {
    throw new CommandSyntaxError(message);
}


/***/ }),

/***/ 7556:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a1: () => (/* binding */ layersFor),
/* harmony export */   cC: () => (/* binding */ GUNICORN_SETTINGS),
/* harmony export */   jB: () => (/* binding */ knownRun),
/* harmony export */   qR: () => (/* binding */ oryxDefault),
/* harmony export */   vo: () => (/* binding */ unreadRun),
/* harmony export */   xh: () => (/* binding */ currentRun)
/* harmony export */ });
/* harmony import */ var _gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2658);
/* harmony import */ var _startup_command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5539);
// What the site runs today, from its startup command (or Oryx's generated one when it has
// none), the config file and the app settings, in gunicorn's precedence.


/** The app settings gunicorn or Oryx read; every other setting is never even held. */
const GUNICORN_SETTINGS = [
    "GUNICORN_CMD_ARGS",
    "WEB_CONCURRENCY",
    "PYTHON_ENABLE_GUNICORN_MULTIWORKERS",
    "PYTHON_GUNICORN_CUSTOM_WORKER_NUM",
    "PYTHON_GUNICORN_CUSTOM_THREAD_NUM",
];
/** A setting gunicorn reads with int(): a positive whole number, or nothing it can use. */
function whole(text) {
    const n = text !== undefined && /^\s*\d{1,12}\s*$/.test(text) ? Number(text) : undefined;
    return n ? n : undefined;
}
/** What runs today when the site has no startup command: Oryx's generated one. */
function oryxDefault(cores, settings) {
    const multi = settings.PYTHON_ENABLE_GUNICORN_MULTIWORKERS?.toLowerCase() === "true";
    const workers = multi ? (whole(settings.PYTHON_GUNICORN_CUSTOM_WORKER_NUM) ?? 2 * cores + 1) : 1;
    const threads = whole(settings.PYTHON_GUNICORN_CUSTOM_THREAD_NUM) ?? 1;
    return (0,_gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)({ commandLine: { workers, threads, timeout: 600 } });
}
function layersFor(g, files, settings) {
    const inline = g.step.words
        .find((w) => w.value.startsWith("GUNICORN_CMD_ARGS="))
        ?.value.slice(18);
    const config = files.get(g.config?.replace(/^\.\//, "") ?? _gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_FILE */ .Cu);
    return {
        commandLine: g.settings,
        cmdArgs: (0,_gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .cmdArgsSized */ .J)(inline ?? settings.GUNICORN_CMD_ARGS),
        configFile: config === undefined ? {} : (0,_gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .configSized */ .eH)((0,_gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .readConfigFile */ .RG)(config)),
        webConcurrency: whole(settings.WEB_CONCURRENCY),
    };
}
/** The current run's settings; undefined when a script not in the repository hides them. */
function currentRun(appCommandLine, settings, files, cores) {
    const shape = (0,_startup_command_js__WEBPACK_IMPORTED_MODULE_1__/* .readStartupCommand */ .vk)(appCommandLine.trim());
    switch (shape.kind) {
        case "empty":
            return oryxDefault(cores, settings);
        case "gunicorn":
            return knownRun(shape.gunicorn, files, settings);
        case "script": {
            const g = (0,_startup_command_js__WEBPACK_IMPORTED_MODULE_1__/* .gunicornSteps */ .P9)(files.get(shape.script) ?? "")[0];
            return g ? knownRun(g, files, settings) : undefined;
        }
        case "unparsed":
            return undefined;
        default:
            // One server process (uvicorn, python app.py) serves one request at a time per process.
            return (0,_gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)({ commandLine: { workers: 1 } });
    }
}
/** A gunicorn step's run, unless it computes a sized setting or leaves arguments to expand. */
function knownRun(g, files, settings) {
    if (g.unread.length > 0 || g.opaque.length > 0)
        return undefined;
    return (0,_gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)(layersFor(g, files, settings));
}
/** Why the current run's sizes cannot be read from the command, in words; undefined if they can. */
function unreadRun(appCommandLine, files) {
    const shape = (0,_startup_command_js__WEBPACK_IMPORTED_MODULE_1__/* .readStartupCommand */ .vk)(appCommandLine.trim());
    if (shape.kind === "unparsed")
        return `its startup command does not parse (${shape.problem.what})`;
    const g = shape.kind === "gunicorn"
        ? shape.gunicorn
        : shape.kind === "script"
            ? (0,_startup_command_js__WEBPACK_IMPORTED_MODULE_1__/* .gunicornSteps */ .P9)(files.get(shape.script) ?? "")[0]
            : undefined;
    const words = [...(g?.unread.map((u) => u.text) ?? []), ...(g?.opaque ?? [])];
    if (words.length === 0)
        return undefined;
    return `its startup command computes ${words.map((w) => `\`${w}\``).join(", ")} only when it starts`;
}


/***/ }),

/***/ 3778:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ reloadFindings),
/* harmony export */   q: () => (/* binding */ siteReloadFinding)
/* harmony export */ });
/* harmony import */ var _gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2658);
/* harmony import */ var _startup_command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5539);


const WHY = "workers restart whenever a file changes, a development setting that watches the app's files on App Service and drops the requests in flight";
/** `--reload` in the repository's start-up files, and `reload = True` in gunicorn.conf.py. */
function reloadFindings(files, startupFiles, at) {
    const out = [];
    for (const file of startupFiles) {
        const step = (0,_startup_command_js__WEBPACK_IMPORTED_MODULE_1__/* .gunicornSteps */ .P9)(files.get(file) ?? "").find((g) => g.reload);
        if (step) {
            out.push({
                level: "warning",
                message: `${file} starts gunicorn with --reload: ${WHY}. Remove --reload there.`,
                ...at(file, step.step.line),
            });
        }
    }
    const conf = files.get(_gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_FILE */ .Cu);
    const set = conf === undefined ? undefined : (0,_gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .readConfigFile */ .RG)(conf).find((s) => s.name === "reload");
    if (set && set.source !== "False") {
        out.push({
            level: "warning",
            message: `${_gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_FILE */ .Cu} sets reload = ${set.source}: ${WHY}. Remove that line, or set it from an environment variable only for development.`,
            ...at(_gunicorn_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_FILE */ .Cu, set.line),
        });
    }
    return out;
}
/** The same for the site's own startup command. */
function siteReloadFinding(appCommandLine) {
    if (!(0,_startup_command_js__WEBPACK_IMPORTED_MODULE_1__/* .gunicornSteps */ .P9)(appCommandLine).some((g) => g.reload))
        return [];
    return [
        {
            level: "warning",
            message: `The site's startup command starts gunicorn with --reload: ${WHY}. gunicorn-tuner keeps the site's own flags: remove it from the startup command.`,
        },
    ];
}


/***/ }),

/***/ 2658:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ effective),
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   J: () => (/* binding */ cmdArgsSized),
/* harmony export */   KD: () => (/* binding */ sameSettings),
/* harmony export */   RG: () => (/* binding */ readConfigFile),
/* harmony export */   eH: () => (/* binding */ configSized)
/* harmony export */ });
/* harmony import */ var _python_python_source_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4506);
/* harmony import */ var _startup_command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5539);
/* harmony import */ var _sizing_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7087);
// What gunicorn will really run with, from every place a setting can come from, in gunicorn's
// own precedence (gunicorn/app/base.py load_config): command-line flags over GUNICORN_CMD_ARGS
// over the config file (-c, else ./gunicorn.conf.py), with $WEB_CONCURRENCY as the workers
// default. A sync worker given more than one thread becomes gthread.




const DEFAULT_CONFIG_FILE = "gunicorn.conf.py";
/** Settings a config file assigns at module level (gunicorn reads its module globals). */
function readConfigFile(source) {
    const out = [];
    for (const [name, b] of (0,_python_python_source_js__WEBPACK_IMPORTED_MODULE_0__/* .readModule */ .b)(source).bindings) {
        if ((b.kind === "value" || b.kind === "call") &&
            b.source !== undefined &&
            /^[a-z_]+$/.test(name)) {
            out.push({ name, source: b.source, line: b.line });
        }
    }
    return out.sort((a, b) => a.line - b.line);
}
/** The sized settings a config file sets, where their values are literals. */
function configSized(settings) {
    const get = (name) => settings.find((s) => s.name === name)?.source;
    const int = (text) => (text && /^\d+$/.test(text) ? Number(text) : undefined);
    const str = (text) => text?.match(/^(["'])(.*)\1$/)?.[2];
    return {
        workers: int(get("workers")),
        threads: int(get("threads")),
        workerClass: str(get("worker_class")),
        timeout: int(get("timeout")),
        workerConnections: int(get("worker_connections")),
        keepAlive: int(get("keepalive")),
    };
}
/** GUNICORN_CMD_ARGS read as gunicorn reads it: flags only. */
function cmdArgsSized(value) {
    if (!value)
        return {};
    return (0,_startup_command_js__WEBPACK_IMPORTED_MODULE_1__/* .gunicornSteps */ .P9)(`gunicorn ${value}`)[0]?.settings ?? {};
}
function effective(layers) {
    const pick = (key) => layers.commandLine[key] ?? layers.cmdArgs?.[key] ?? layers.configFile?.[key];
    const threads = pick("threads") ?? 1;
    const named = pick("workerClass") ?? "sync";
    return {
        workers: pick("workers") ?? layers.webConcurrency ?? 1,
        threads,
        workerClass: (named === "sync" || named.endsWith("SyncWorker")) && threads > 1 ? "gthread" : named,
        timeout: pick("timeout") ?? 30,
        workerConnections: pick("workerConnections") ?? _sizing_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_WORKER_CONNECTIONS */ .NH,
        keepAlive: pick("keepAlive") ?? _sizing_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_KEEP_ALIVE */ .wl,
    };
}
/** Whether two effective settings mean the same (what a write would change). */
function sameSettings(a, b) {
    const threads = (e) => e.workerClass === "sync" || e.workerClass === "gthread" ? e.threads : 1;
    // Only gthread reads the connection settings: sync and event-loop workers ignore them.
    const gthread = a.workerClass === "gthread";
    return (a.workers === b.workers &&
        a.workerClass === b.workerClass &&
        threads(a) === threads(b) &&
        a.timeout === b.timeout &&
        (!gthread || (a.workerConnections === b.workerConnections && a.keepAlive === b.keepAlive)));
}


/***/ }),

/***/ 3297:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Uq: () => (/* binding */ readScript)
});

// UNUSED EXPORTS: SHELL_BLANKS, splitSteps

;// CONCATENATED MODULE: ./src/core/command/shell-expansions.ts
// Where a shell expansion or quoted string ends: $(…), $((…)), ${…}, `…`, <(…) and "…", nested
// to any depth, with quotes and escapes inside. An explicit stack rather than recursion, so a
// hostile text of 200,000 openings cannot overflow the call stack.
/**
 * The offset just past the closer that ends an expansion whose body starts at `from`, or -1
 * when the text ends first (the shell's "unexpected end of file").
 */
function expansionEnd(text, from, close) {
    const stack = [close];
    let i = from;
    while (i < text.length) {
        const top = stack[stack.length - 1];
        const ch = text[i];
        const next = text[i + 1];
        if (ch === "\\") {
            i += 2;
            continue;
        }
        if (ch === top) {
            stack.pop();
            i++;
            if (stack.length === 0)
                return i;
            continue;
        }
        if (top === "`") {
            i++;
            continue;
        }
        if (ch === "$" && (next === "(" || next === "{")) {
            stack.push(next === "(" ? ")" : "}");
            i += 2;
        }
        else if (ch === "`" || (ch === '"' && top !== '"')) {
            stack.push(ch);
            i++;
        }
        else if (ch === "'" && top !== '"') {
            const end = text.indexOf("'", i + 1);
            if (end < 0)
                return -1;
            i = end + 1;
        }
        else if (ch === "(" && top === ")") {
            stack.push(")");
            i++;
        }
        else
            i++;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/core/command/shell-words.ts
// Splits a startup command or a shell script into steps and words, keeping where each sits in
// the source, so one step can be rewritten while every other byte stays as the user wrote it.
// No maintained shell tokenizer reports source positions (shell-quote drops them), so this is a
// scanner for the part of bash's grammar a startup command uses: quotes, escapes, comments,
// control operators, redirections, here-documents, and expansions ($(…), $((…)), `…`, ${…},
// <(…)) read whole and nested, so a word is never torn apart. It always advances, one
// character at least, and its cost grows with the text's length only.

/** The shell's blanks. Other Unicode spaces (U+00A0, U+3000, …) are word characters to it. */
const SHELL_BLANKS = " \t\r";
const isBlank = (ch) => ch !== undefined && SHELL_BLANKS.includes(ch);
const BREAKS = new Set([...SHELL_BLANKS, "\n", ";", "&", "|", "(", ")", "<", ">"]);
const CONTROL = ["&&", "||", ";;", ";&", "|&", ";", "|", "&", "(", ")"];
const REDIRECT = /^(\d*)(&>>|&>|<<<|<<-|<<|<>|<&|>&|>>|>\||<(?!\()|>(?!\())/;
function splitSteps(text) {
    return [...readScript(text).steps];
}
function readScript(text) {
    return new Scanner(text).run();
}
class Scanner {
    text;
    i = 0;
    line = 1;
    words = [];
    wordLine = 1;
    steps = [];
    hereDocs = [];
    problem;
    constructor(text) {
        this.text = text;
    }
    run() {
        const { text } = this;
        while (this.i < text.length && !this.problem) {
            const ch = text[this.i];
            if (isBlank(ch))
                this.i++;
            else if (ch === "#")
                this.skipComment();
            else if (ch === "\\" && text[this.i + 1] === "\n")
                this.newline(2);
            else if (ch === "\n") {
                this.close();
                this.newline(1);
                this.skipHereDocs();
            }
            else if (!this.redirect()) {
                const op = CONTROL.find((o) => text.startsWith(o, this.i));
                if (op) {
                    this.close();
                    this.i += op.length;
                }
                else
                    this.word();
            }
        }
        this.close();
        return { steps: this.steps, problem: this.problem };
    }
    newline(width) {
        this.i += width;
        this.line++;
    }
    skipComment() {
        const end = this.text.indexOf("\n", this.i);
        this.i = end < 0 ? this.text.length : end;
    }
    close() {
        const words = this.words;
        if (words.length > 0) {
            const start = words[0].start;
            const end = words[words.length - 1].end;
            this.steps.push({ words, start, end, line: this.wordLine });
        }
        this.words = [];
    }
    push(word) {
        if (this.words.length === 0)
            this.wordLine = this.line;
        this.words.push(word);
        this.countLines(word.start, word.end);
    }
    countLines(from, to) {
        for (let k = from; k < to; k++)
            if (this.text[k] === "\n")
                this.line++;
    }
    /** `> log`, `2>&1`, `<<EOF`: the operator and its target as one word. */
    redirect() {
        const match = REDIRECT.exec(this.text.slice(this.i, this.i + 16));
        if (!match)
            return false;
        const start = this.i;
        this.i += match[0].length;
        while (isBlank(this.text[this.i]))
            this.i++;
        const target = this.readWord();
        if (!target)
            return true;
        if (match[2] === "<<" || match[2] === "<<-") {
            this.hereDocs.push({ delimiter: target.value, stripTabs: match[2] === "<<-" });
        }
        this.push({
            value: this.text.slice(start, target.end),
            start,
            end: target.end,
            dynamic: false,
            redirect: true,
        });
        return true;
    }
    word() {
        const word = this.readWord();
        if (word)
            this.push(word);
        // A character that starts no word and no operator (cannot happen) must still be passed.
        else
            this.i++;
    }
    /** A here-document's body is data for its command, never steps of the script. */
    skipHereDocs() {
        for (const doc of this.hereDocs.splice(0)) {
            while (this.i < this.text.length) {
                const end = this.text.indexOf("\n", this.i);
                const stop = end < 0 ? this.text.length : end;
                const body = this.text.slice(this.i, stop);
                this.i = stop;
                if (end >= 0)
                    this.newline(1);
                if ((doc.stripTabs ? body.replace(/^\t+/, "") : body) === doc.delimiter)
                    break;
            }
        }
    }
    readWord() {
        const { text } = this;
        const start = this.i;
        let value = "";
        let dynamic = false;
        while (this.i < text.length && !this.problem) {
            const ch = text[this.i];
            const next = text[this.i + 1];
            if ((ch === "<" || ch === ">") && next === "(") {
                dynamic = this.expansion(this.i + 2, ")", (raw) => (value += raw)) || dynamic;
            }
            else if (BREAKS.has(ch))
                break;
            else if (ch === "'")
                this.quoted("'", (inner) => (value += inner));
            else if (ch === '"')
                dynamic = this.doubleQuoted((inner) => (value += inner)) || dynamic;
            else if (ch === "\\") {
                if (next !== "\n")
                    value += next ?? "";
                this.i += 2;
            }
            else if (ch === "`")
                dynamic = this.expansion(this.i + 1, "`", (r) => (value += r));
            else if (ch === "$" && (next === "(" || next === "{")) {
                dynamic = this.expansion(this.i + 2, next === "(" ? ")" : "}", (r) => (value += r));
            }
            else if (ch === "$" && next === "'") {
                this.i++;
                this.quoted("'", (inner) => (value += inner));
            }
            else if (ch === "$" && next !== undefined && /[A-Za-z0-9_@*#?$!-]/.test(next)) {
                const name = /^\$([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(text.slice(this.i, this.i + 256));
                const raw = name ? name[0] : "$";
                value += raw;
                this.i += raw.length;
                dynamic = true;
            }
            else {
                value += ch;
                this.i++;
            }
        }
        this.i = Math.min(this.i, text.length);
        if (this.i === start)
            return undefined;
        return { value, start, end: this.i, dynamic, redirect: false };
    }
    quoted(quote, add) {
        const close = this.text.indexOf(quote, this.i + 1);
        if (close < 0)
            return this.fail(`a ${quote} that is never closed`, this.i);
        add(this.text.slice(this.i + 1, close));
        this.i = close + 1;
    }
    /** "…": escapes and expansions inside; true when it holds an expansion. */
    doubleQuoted(add) {
        const open = this.i;
        const end = expansionEnd(this.text, this.i + 1, '"');
        if (end < 0) {
            this.fail('a " that is never closed', open);
            return false;
        }
        const inner = this.text.slice(open + 1, end - 1);
        add(inner.replace(/\\([$`"\\\n])/g, "$1"));
        this.i = end;
        return /\$|`/.test(inner);
    }
    /** An expansion read whole, nested to any depth; its raw text becomes part of the word. */
    expansion(from, close, add) {
        const open = this.i;
        const end = expansionEnd(this.text, from, close);
        if (end < 0) {
            this.fail(`a ${this.text.slice(open, from)} that is never closed`, open);
            return false;
        }
        add(this.text.slice(open, end));
        this.i = end;
        return true;
    }
    fail(what, at) {
        this.problem ??= { what, line: lineOf(this.text, at) };
        this.i = this.text.length;
    }
}
function lineOf(text, offset) {
    let line = 1;
    for (let k = text.indexOf("\n"); k >= 0 && k < offset; k = text.indexOf("\n", k + 1))
        line++;
    return line;
}


/***/ }),

/***/ 5539:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G5: () => (/* binding */ command),
  P9: () => (/* binding */ gunicornSteps),
  r2: () => (/* binding */ isPython),
  Uf: () => (/* binding */ otherSteps),
  vk: () => (/* binding */ readStartupCommand),
  Od: () => (/* binding */ retune),
  Ok: () => (/* binding */ retunedStep),
  _m: () => (/* binding */ stepServer)
});

;// CONCATENATED MODULE: ./src/core/command/gunicorn-flags.ts
// Generated by scripts/gunicorn-flags.mjs from gunicorn 20.1.0 and 26.2.0: how each command-line
// flag takes its value. Do not edit; a test regenerates it and compares.
const GUNICORN_FLAGS = {
    "--access-logfile": "value",
    "--access-logformat": "value",
    "--asgi-disconnect-grace-period": "value",
    "--asgi-lifespan": "value",
    "--asgi-loop": "value",
    "--backlog": "value",
    "--bind": "value",
    "--ca-certs": "value",
    "--capture-output": "none",
    "--casefold-http-method": "none",
    "--cert-reqs": "value",
    "--certfile": "value",
    "--chdir": "value",
    "--check-config": "none",
    "--ciphers": "value",
    "--config": "value",
    "--control-socket": "value",
    "--control-socket-mode": "value",
    "--daemon": "none",
    "--dirty-app": "value",
    "--dirty-graceful-timeout": "value",
    "--dirty-threads": "value",
    "--dirty-timeout": "value",
    "--dirty-workers": "value",
    "--disable-redirect-access-to-syslog": "none",
    "--do-handshake-on-connect": "none",
    "--dogstatsd-tags": "value",
    "--enable-backlog-metric": "none",
    "--enable-stdio-inheritance": "none",
    "--env": "value",
    "--error-logfile": "value",
    "--forwarded-allow-ips": "value",
    "--forwarder-headers": "value",
    "--graceful-timeout": "value",
    "--group": "value",
    "--header-map": "value",
    "--help": "none",
    "--http-parser": "value",
    "--http-protocols": "value",
    "--http2-cleartext": "value",
    "--http2-initial-window-size": "value",
    "--http2-max-concurrent-streams": "value",
    "--http2-max-frame-size": "value",
    "--http2-max-header-list-size": "value",
    "--initgroups": "none",
    "--keep-alive": "value",
    "--keyfile": "value",
    "--limit-request-field_size": "value",
    "--limit-request-fields": "value",
    "--limit-request-line": "value",
    "--log-config": "value",
    "--log-config-json": "value",
    "--log-file": "value",
    "--log-level": "value",
    "--log-syslog": "none",
    "--log-syslog-facility": "value",
    "--log-syslog-prefix": "value",
    "--log-syslog-to": "value",
    "--logger-class": "value",
    "--max-requests": "value",
    "--max-requests-jitter": "value",
    "--name": "value",
    "--no-control-socket": "none",
    "--no-sendfile": "none",
    "--paste": "value",
    "--paste-global": "value",
    "--paster": "value",
    "--permit-obsolete-folding": "none",
    "--permit-unconventional-http-method": "none",
    "--permit-unconventional-http-version": "none",
    "--pid": "value",
    "--preload": "none",
    "--print-config": "none",
    "--protocol": "value",
    "--proxy-allow-from": "value",
    "--proxy-protocol": "optional",
    "--pythonpath": "value",
    "--reload": "none",
    "--reload-engine": "value",
    "--reload-extra-file": "value",
    "--reuse-port": "none",
    "--root-path": "value",
    "--spew": "none",
    "--ssl-version": "value",
    "--statsd-host": "value",
    "--statsd-prefix": "value",
    "--strip-header-spaces": "none",
    "--suppress-ragged-eofs": "none",
    "--threads": "value",
    "--timeout": "value",
    "--tolerate-dangerous-framing": "none",
    "--umask": "value",
    "--user": "value",
    "--uwsgi-allow-from": "value",
    "--version": "none",
    "--worker-class": "value",
    "--worker-connections": "value",
    "--worker-tmp-dir": "value",
    "--workers": "value",
    "-b": "value",
    "-c": "value",
    "-D": "none",
    "-e": "value",
    "-g": "value",
    "-h": "none",
    "-k": "value",
    "-m": "value",
    "-n": "value",
    "-p": "value",
    "-R": "none",
    "-t": "value",
    "-u": "value",
    "-v": "none",
    "-w": "value",
};

;// CONCATENATED MODULE: ./src/core/command/gunicorn-args.ts
// Reads one gunicorn step's arguments as gunicorn's argparse does: which flags take a value
// (from gunicorn's own settings, src/core/command/gunicorn-flags.ts), unique abbreviations of long
// flags, `--flag=value` and `-w4`, and where the app module sits.

const SIZED_FLAGS = {
    "-w": "workers",
    "--workers": "workers",
    "--threads": "threads",
    "-k": "workerClass",
    "--worker-class": "workerClass",
    "-t": "timeout",
    "--timeout": "timeout",
    "--worker-connections": "workerConnections",
    "--keep-alive": "keepAlive",
};
const LONG_FLAGS = Object.keys(GUNICORN_FLAGS).filter((f) => f.startsWith("--"));
/** The flag gunicorn reads: exact, or the one long flag the text abbreviates (argparse). */
function canonicalFlag(flag) {
    if (GUNICORN_FLAGS[flag] !== undefined || !flag.startsWith("--"))
        return flag;
    const matches = LONG_FLAGS.filter((f) => f.startsWith(flag));
    return matches.length === 1 ? matches[0] : flag;
}
function arity(flag) {
    return GUNICORN_FLAGS[flag] ?? "value";
}
function readGunicornArgs(words, from) {
    const settings = {};
    const sizedWords = new Map();
    const unread = [];
    const opaque = [];
    const positional = [];
    let config;
    let reload = false;
    for (let i = from; i < words.length; i++) {
        const word = words[i];
        if (word.redirect)
            continue;
        if (!word.value.startsWith("-") || word.value === "-") {
            positional.push(word);
            continue;
        }
        const { flag, inline } = splitFlag(word.value);
        if (flag === "--reload")
            reload = true;
        const kind = arity(flag);
        const next = words[i + 1];
        const takesNext = inline === undefined &&
            next !== undefined &&
            !next.redirect &&
            (kind === "value" || (kind === "optional" && !next.value.startsWith("-")));
        const valueAt = takesNext ? i + 1 : i;
        const value = inline ?? (takesNext ? next : undefined);
        const key = SIZED_FLAGS[flag];
        if (key && value !== undefined) {
            const text = typeof value === "string" ? value : value.value;
            const known = typeof value === "string" ? !/[$`]/.test(value) : !value.dynamic;
            const read = known ? parseSized(key, text) : undefined;
            if (read === undefined)
                unread.push({ name: key, text: words[i].value + (takesNext ? ` ${text}` : "") });
            else
                settings[key] = read;
            for (let j = i; j <= valueAt; j++)
                sizedWords.set(j, key);
        }
        if ((flag === "-c" || flag === "--config") && typeof value !== "undefined") {
            config = typeof value === "string" ? value : value.value;
        }
        i = valueAt;
    }
    // `gunicorn -w 2 app:app $EXTRA`: the module is the last word written out; an expansion
    // beside it becomes arguments when the site starts.
    const module = positional.filter((w) => !w.dynamic).pop() ?? positional[positional.length - 1];
    for (const w of positional)
        if (w.dynamic && w !== module)
            opaque.push(w.value);
    return { settings, sizedWords, unread, opaque, config, module: module?.value, reload };
}
/** A number gunicorn would take (a whole number), or the worker class as written. */
function parseSized(key, text) {
    if (key === "workerClass")
        return text === "" ? undefined : text;
    return /^\d{1,12}$/.test(text) ? Number(text) : undefined;
}
/** `--workers=4` → flag and inline value; `-w4` → the same for one-letter flags. */
function splitFlag(word) {
    if (word.startsWith("--")) {
        const eq = word.indexOf("=");
        return eq < 0
            ? { flag: canonicalFlag(word), inline: undefined }
            : { flag: canonicalFlag(word.slice(0, eq)), inline: word.slice(eq + 1) };
    }
    return word.length > 2
        ? { flag: word.slice(0, 2), inline: word.slice(2) }
        : { flag: word, inline: undefined };
}

// EXTERNAL MODULE: ./src/core/command/shell-words.ts + 1 modules
var shell_words = __nccwpck_require__(3297);
;// CONCATENATED MODULE: ./src/core/command/startup-command.ts
// Reads a startup command or script: which step runs gunicorn, with which settings, and what
// else it does. Retuning rewrites only the settings we size in that one step; every other step,
// and every other flag of the gunicorn step, stays byte for byte as the user wrote it.


/** Settings a retune always restates; the connection cap only replaces the user's when stated. */
const ALWAYS_RESTATED = new Set(["workers", "threads", "workerClass", "timeout"]);
const SERVERS = /^(uvicorn|hypercorn|daphne|waitress-serve|flask|fastapi)$/;
function readStartupCommand(text) {
    const { steps, problem } = (0,shell_words/* readScript */.Uq)(text);
    if (problem)
        return { kind: "unparsed", problem };
    if (steps.length === 0)
        return { kind: "empty" };
    for (const step of steps) {
        const gunicorn = gunicornStep(step);
        if (gunicorn)
            return { kind: "gunicorn", gunicorn, steps };
    }
    const script = steps.length === 1 ? scriptOf(steps[0]) : undefined;
    if (script)
        return { kind: "script", script, steps };
    const server = steps.length === 1 ? serverOf(steps[0]) : undefined;
    if (server)
        return { kind: "server", server, steps };
    return { kind: "other", steps };
}
/** Every gunicorn step in a script, with its line. */
function gunicornSteps(text) {
    return (0,shell_words/* readScript */.Uq)(text).steps.flatMap((s) => gunicornStep(s) ?? []);
}
/** Words before the program: `exec`, and the reserved words a step can start with. */
const LEADING_WORDS = new Set(["exec", "then", "else", "do", "{", "!", "time", "nohup"]);
/** `python`, `python3`, `python3.12`. */
const isPython = (program) => /^python(\d(\.\d+)?)?$/.test(program);
/** Where the program of a step is: past `web:`, `VAR=value` assignments and `exec`. */
function command(step) {
    let at = 0;
    const w = step.words;
    // Procfile's `web:`, environment assignments and exec come before the program.
    if (w[at]?.value.endsWith(":") && at === 0 && /^[a-z]+:$/.test(w[0].value))
        at++;
    while (w[at] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[at].value))
        at++;
    while (w[at] && !w[at].dynamic && LEADING_WORDS.has(w[at].value))
        at++;
    return { at, words: w };
}
function gunicornStep(step) {
    const { at, words } = command(step);
    const program = basename(words[at]?.value ?? "");
    let argsFrom;
    if (program === "gunicorn")
        argsFrom = at + 1;
    else if (isPython(program) &&
        words[at + 1]?.value === "-m" &&
        words[at + 2]?.value === "gunicorn") {
        argsFrom = at + 3;
    }
    else
        return undefined;
    return { step, argsFrom, ...readGunicornArgs(words, argsFrom) };
}
/** What one step starts, gunicorn or another server, with what it serves and where. */
function stepServer(step) {
    const g = gunicornStep(step);
    if (!g)
        return serverOf(step);
    const words = step.words.slice(g.argsFrom).map((w) => w.value);
    const at = words.findIndex((w) => w === "--chdir" || w.startsWith("--chdir="));
    const chdir = at < 0 ? undefined : (words[at].split("=")[1] ?? words[at + 1]);
    return { program: "gunicorn", target: g.module, ...(chdir && { chdir }) };
}
/** `startup.sh`, `bash startup.sh`, `/home/site/wwwroot/scripts/start.sh` → the script path. */
function scriptOf(step) {
    const { at, words } = command(step);
    const first = words[at]?.value ?? "";
    const path = /^(ba|da)?sh$/.test(basename(first)) ? words[at + 1]?.value : first;
    if (!path || !/\.(sh|txt)$/.test(path))
        return undefined;
    return path.replace(/^\/home\/site\/wwwroot\//, "").replace(/^\.\//, "");
}
function serverOf(step) {
    const { at, words } = command(step);
    const program = basename(words[at]?.value ?? "");
    const python = isPython(program);
    const viaModule = python && words[at + 1]?.value === "-m";
    const name = viaModule ? (words[at + 2]?.value ?? "") : program;
    const args = words.slice(at + (viaModule ? 3 : 1)).filter((w) => !w.redirect);
    if (python && !viaModule) {
        const file = args[0]?.value;
        return file?.endsWith(".py") ? { program: "python", target: file } : undefined;
    }
    if (!SERVERS.test(name))
        return undefined;
    return {
        program: name,
        target: serverTarget(name, args.map((w) => w.value)),
    };
}
/** What a server start serves: `uvicorn main:app`, `fastapi run main.py`, `flask --app x run`. */
function serverTarget(name, args) {
    const plain = args.filter((a) => !a.startsWith("-"));
    if (name === "flask") {
        const app = args.findIndex((a) => a === "--app" || a.startsWith("--app="));
        if (!plain.includes("run"))
            return undefined;
        return app < 0 ? "" : (args[app].split("=")[1] ?? args[app + 1]);
    }
    if (name === "fastapi")
        return plain[0] === "run" || plain[0] === "dev" ? (plain[1] ?? "") : undefined;
    return plain.find((a) => a.includes(":"));
}
function basename(path) {
    return path.slice(path.lastIndexOf("/") + 1);
}
/**
 * The text with the gunicorn step's sized flags replaced by `flags`, placed right after the
 * program; everything else, inside and outside the step, is kept as written.
 */
function retune(text, g, flags) {
    return text.slice(0, g.step.start) + retunedStep(text, g, flags) + text.slice(g.step.end);
}
/** The gunicorn step alone, retuned: what an edit of one line of a script shows. */
function retunedStep(text, g, flags) {
    const words = g.step.words;
    const head = text.slice(g.step.start, words[g.argsFrom - 1].end);
    const stated = new Set(flags.map((f) => SIZED_FLAGS[f.split(/[ =]/)[0]]));
    const replaced = (i) => {
        const key = g.sizedWords.get(i);
        return key !== undefined && (ALWAYS_RESTATED.has(key) || stated.has(key));
    };
    const rest = words
        .map((w, i) => ({ w, i }))
        .filter(({ i }) => i >= g.argsFrom && !replaced(i))
        .map(({ w }) => text.slice(w.start, w.end));
    return [head, ...flags, ...rest].join(" ");
}
/** The steps other than gunicorn, as written: what a bare command in their place would lose. */
function otherSteps(text, shape) {
    if (shape.kind === "empty" || shape.kind === "unparsed")
        return [];
    const skip = shape.kind === "gunicorn" ? shape.gunicorn.step : undefined;
    return shape.steps.filter((s) => s !== skip).map((s) => text.slice(s.start, s.end));
}


/***/ }),

/***/ 8148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cC: () => (/* reexport */ current_run/* GUNICORN_SETTINGS */.cC),
  _T: () => (/* binding */ STARTUP_FILES),
  hY: () => (/* binding */ planSite),
  OZ: () => (/* binding */ repoEdits),
  aj: () => (/* binding */ settingsFindings)
});

// UNUSED EXPORTS: sizedFlags

// EXTERNAL MODULE: ./src/core/command/command.ts
var command = __nccwpck_require__(6240);
// EXTERNAL MODULE: ./src/core/command/current-run.ts
var current_run = __nccwpck_require__(7556);
// EXTERNAL MODULE: ./src/core/command/gunicorn-settings.ts
var gunicorn_settings = __nccwpck_require__(2658);
// EXTERNAL MODULE: ./src/core/sizing/shape.ts
var shape = __nccwpck_require__(7087);
// EXTERNAL MODULE: ./src/core/command/startup-command.ts + 2 modules
var startup_command = __nccwpck_require__(5539);
;// CONCATENATED MODULE: ./src/core/command/startup-checks.ts

/**
 * Why a rewritten command must not be written, or undefined when it parses, keeps every other
 * step as it was, and states the settings with nothing left to compute.
 */
function checkRetune(before, after) {
    const was = (0,startup_command/* readStartupCommand */.vk)(before);
    const now = (0,startup_command/* readStartupCommand */.vk)(after);
    const refuse = (why) => `gunicorn-tuner's rewrite of the site's startup command ${why}, so nothing was written. Please report this with the command.`;
    if (now.kind === "unparsed")
        return refuse(`would not parse (${now.problem.what})`);
    if (now.kind !== "gunicorn" || was.kind !== "gunicorn")
        return refuse("lost its gunicorn step");
    const others = (text, steps, skip) => steps.filter((s) => s !== skip).map((s) => text.slice(s.start, s.end));
    const kept = others(before, was.steps, was.gunicorn.step);
    const left = others(after, now.steps, now.gunicorn.step);
    if (kept.join("\n") !== left.join("\n"))
        return refuse("would change its other steps");
    if (now.gunicorn.unread.length > 0 || now.gunicorn.module !== was.gunicorn.module) {
        return refuse("would not state the settings or the app module plainly");
    }
    return undefined;
}
/** `pkg.mod:app` (in `chdir`) → `chdir/pkg/mod.py`. */
function moduleFile(config) {
    const file = `${config.module.split(":")[0].replace(/\./g, "/")}.py`;
    return config.chdir ? `${config.chdir}/${file}` : file;
}
/** Modules the servers find by themselves when given none (flask run, fastapi run). */
const DISCOVERED = {
    flask: ["app", "wsgi"],
    fastapi: ["main", "app", "api"],
};
/**
 * Whether a lone server step starts the app gunicorn-tuner would serve: `uvicorn` and friends
 * on the same module, `flask run` / `fastapi run` finding it, or `python <its file>` where that
 * file starts its own development server.
 */
function servesThisApp(server, config, files) {
    const ours = config.module.split(":")[0];
    const target = server.target;
    if (target === undefined)
        return false;
    if (server.program === "python") {
        const file = target.replace(/^\/home\/site\/wwwroot\//, "").replace(/^\.\//, "");
        const source = files.get(file);
        return (file === moduleFile(config) &&
            source !== undefined &&
            /if\s+__name__\s*==\s*["']__main__["']/.test(source) &&
            /\.run\(/.test(source));
    }
    if (target === "")
        return DISCOVERED[server.program]?.includes(ours) ?? false;
    const module = target.endsWith(".py")
        ? target.slice(0, -3).replace(/^\.\//, "").replace(/\//g, ".")
        : target.split(":")[0];
    return module === ours;
}

;// CONCATENATED MODULE: ./src/core/command/startup-plan.ts
// Where the command lives and how to change it without losing anything: the site's own
// startup command (a compound command, a script, a server start), the repository's startup
// scripts and gunicorn.conf.py, and the app settings gunicorn reads. Pure: text in, a plan out.








/** Files that start an app on App Service, read from the app root. */
const STARTUP_FILES = ["startup.sh", "startup.txt", "entrypoint.sh", "Procfile"];
/** The flags we size, stated in full so no config file or GUNICORN_CMD_ARGS can change them. */
function sizedFlags(c) {
    return [
        `--workers ${c.workers}`,
        ...((0,command/* isThreadedClass */.So)(c.workerClass) ? [`--threads ${c.threads}`] : []),
        `--worker-class ${c.workerClass}`,
        ...(0,command/* connectionFlags */.Kk)(c),
        `--timeout ${c.timeout}`,
    ];
}
/**
 * Whether a run already means what our command states. A retune keeps the user's own
 * connection settings where we state none, so those count as already ours.
 */
function runsOurs(current, c) {
    const ours = (0,command/* configShape */._s)(c);
    return (0,gunicorn_settings/* sameSettings */.KD)(current, {
        workers: ours.workers,
        threads: ours.threads,
        workerClass: ours.workerClass,
        timeout: c.timeout,
        workerConnections: ours.workerConnections ?? current.workerConnections,
        keepAlive: ours.keepAlive ?? current.keepAlive,
    });
}
function planSite(input) {
    const text = input.appCommandLine.trim();
    const shape = (0,startup_command/* readStartupCommand */.vk)(text);
    switch (shape.kind) {
        case "empty":
            return {
                status: "write",
                command: input.command,
                current: (0,current_run/* oryxDefault */.qR)(input.cores, input.settings),
            };
        case "gunicorn":
            return planGunicorn(text, shape.gunicorn, input);
        case "server":
            return servesThisApp(shape.server, input.config, input.files)
                ? {
                    status: "write",
                    command: input.command,
                    current: (0,gunicorn_settings/* effective */.C$)({ commandLine: { workers: 1 } }),
                    note: `The site ran \`${text}\`, one server process; the gunicorn command replaces it.`,
                }
                : refuseLone(text, input.config);
        case "unparsed":
            return {
                status: "refused",
                current: undefined,
                reason: `The site's startup command does not parse as a shell command (${shape.problem.what}, line ${shape.problem.line}), so gunicorn-tuner cannot tell what it runs. Nothing was written: fix the command, or set it to ${input.command}.`,
            };
        case "script":
            return planScript(shape.script, input);
        case "other":
            return {
                status: "refused",
                current: undefined,
                reason: `The site's startup command runs no gunicorn step that gunicorn-tuner could retune, and replacing it would lose ${list((0,startup_command/* otherSteps */.Uf)(text, shape))}. Nothing was written: add gunicorn to it yourself, with ${sizedFlags(input.config).join(" ")}.`,
            };
    }
}
function planGunicorn(text, g, input) {
    if (g.opaque.length > 0) {
        return {
            status: "refused",
            current: undefined,
            reason: `The site's gunicorn step holds ${g.opaque.map((o) => `\`${o}\``).join(", ")}, which become arguments only when the site starts and may set the workers or threads themselves. Nothing was written: state the settings in the command, with ${sizedFlags(input.config).join(" ")}.`,
        };
    }
    const current = (0,current_run/* knownRun */.jB)(g, input.files, input.settings);
    if (current && runsOurs(current, input.config))
        return { status: "unchanged", current };
    const command = (0,startup_command/* retune */.Od)(text, g, sizedFlags(input.config));
    const check = checkRetune(text, command);
    if (check)
        return { status: "refused", current, reason: check };
    const note = g.unread.length > 0
        ? `The site's ${g.unread.map((u) => `\`${u.text}\``).join(", ")} ${g.unread.length > 1 ? "were" : "was"} computed when the site started; the command now states the numbers.`
        : undefined;
    return { status: "write", command, current, ...(note ? { note } : {}) };
}
/** A lone step gunicorn-tuner does not know to serve this app: replacing it would lose it. */
function refuseLone(text, config) {
    return {
        status: "refused",
        current: undefined,
        reason: `The site's startup command \`${text}\` is not a server gunicorn-tuner knows to serve ${config.module}, and replacing it would lose what it does. Nothing was written: if it starts this app, set the startup command to the gunicorn command yourself.`,
    };
}
function planScript(script, input) {
    const body = input.files.get(script);
    const g = body === undefined ? undefined : (0,startup_command/* gunicornSteps */.P9)(body)[0];
    if (body !== undefined && g) {
        const current = (0,gunicorn_settings/* effective */.C$)((0,current_run/* layersFor */.a1)(g, input.files, input.settings));
        if (runsOurs(current, input.config))
            return { status: "unchanged", current };
        const before = body.slice(g.step.start, g.step.end);
        const after = (0,startup_command/* retunedStep */.Ok)(body, g, sizedFlags(input.config)).split("\n")[0];
        const steps = (0,startup_command/* otherSteps */.Uf)(body, (0,startup_command/* readStartupCommand */.vk)(body));
        return {
            status: "refused",
            current,
            reason: `The site starts through ${script}, and a bare gunicorn command in its place would lose ${list(steps)}. Nothing was written. Change line ${g.step.line} of ${script} from \`${before}\` to \`${after}\` and deploy it.`,
        };
    }
    return {
        status: "refused",
        current: undefined,
        reason: `The site starts through ${script}${body === undefined ? ", which is not in working-directory" : ", which runs no gunicorn step"}; a bare gunicorn command in its place would lose whatever it does. Nothing was written. Where it starts gunicorn, use ${sizedFlags(input.config).join(" ")}.`,
    };
}
function list(steps) {
    if (steps.length === 0)
        return "what it does";
    return steps.map((s) => `\`${s}\``).join(", ");
}
const MAX_EDITS_PER_FILE = 10;
/** The repository's own startup files and gunicorn.conf.py: what to change there, and why. */
function repoEdits(files, config, at) {
    const edits = [];
    const findings = [];
    for (const file of STARTUP_FILES) {
        const body = files.get(file);
        // A script that starts gunicorn more than a few times is not a startup script to edit.
        for (const g of body === undefined ? [] : (0,startup_command/* gunicornSteps */.P9)(body).slice(0, MAX_EDITS_PER_FILE)) {
            const current = (0,gunicorn_settings/* effective */.C$)((0,current_run/* layersFor */.a1)(g, files, {}));
            if (runsOurs(current, config))
                continue;
            const before = body.slice(g.step.start, g.step.end);
            const after = (0,startup_command/* retunedStep */.Ok)(body, g, sizedFlags(config)).split("\n")[0];
            edits.push({ file, line: g.step.line, before, after });
            findings.push({
                level: "warning",
                // App Service runs a script the startup command names; a Procfile only other hosts read.
                message: `${file} starts gunicorn with ${(0,shape/* describeShape */.vJ)(current)}. ${file === "Procfile" ? "App Service does not read a Procfile; where another host does, change that line as shown" : `If the site starts through ${file}, change that line as shown (keep ${file} as the startup command, so its other steps still run)`}.`,
                ...at(file, g.step.line),
            });
        }
    }
    const conf = files.get(gunicorn_settings/* DEFAULT_CONFIG_FILE */.Cu);
    if (conf !== undefined)
        findings.push(...configFindings(conf, config, edits, at));
    return { edits, findings };
}
const CONFIG_KEYS = {
    workers: (c) => String(c.workers),
    threads: (c) => ((0,command/* isThreadedClass */.So)(c.workerClass) ? String(c.threads) : undefined),
    worker_class: (c) => JSON.stringify(c.workerClass),
    timeout: (c) => String(c.timeout),
    worker_connections: (c) => c.workerConnections?.toString(),
    keepalive: (c) => (c.workerConnections === undefined ? undefined : "0"),
};
function configFindings(source, config, edits, at) {
    const settings = (0,gunicorn_settings/* readConfigFile */.RG)(source);
    if (settings.length === 0)
        return [];
    const overridden = [];
    for (const s of settings) {
        const value = CONFIG_KEYS[s.name]?.(config);
        if (value === undefined)
            continue;
        overridden.push(s.name);
        if (s.source.replace(/'/g, '"') !== value) {
            edits.push({
                file: gunicorn_settings/* DEFAULT_CONFIG_FILE */.Cu,
                line: s.line,
                before: `${s.name} = ${s.source}`,
                after: `${s.name} = ${value}`,
            });
        }
    }
    const sets = settings.map((s) => `${s.name} = ${s.source}`).join(", ");
    const override = overridden.length
        ? ` The startup command states ${overridden.join(", ")} itself, so those lines no longer decide anything (command-line flags win); change them as shown to keep the file telling the truth.`
        : "";
    return [
        {
            level: "notice",
            message: `${gunicorn_settings/* DEFAULT_CONFIG_FILE */.Cu} sets ${sets}; gunicorn loads it by itself from the app folder.${override}`,
            ...at(gunicorn_settings/* DEFAULT_CONFIG_FILE */.Cu),
        },
    ];
}
/** gunicorn's own names for the settings, as its docs and config files spell them. */
const GUNICORN_NAMES = {
    workerClass: "worker_class",
    workerConnections: "worker_connections",
    keepAlive: "keepalive",
};
/** What the site's app settings do next to a custom startup command. */
function settingsFindings(settings, config) {
    const out = [];
    const args = (0,gunicorn_settings/* cmdArgsSized */.J)(settings.GUNICORN_CMD_ARGS);
    // The connection settings are ours to override only where our command states them.
    const stated = (k) => config.workerConnections !== undefined || (k !== "workerConnections" && k !== "keepAlive");
    const sized = Object.entries(args)
        .filter(([k, v]) => v !== undefined && stated(k))
        .map(([k]) => GUNICORN_NAMES[k] ?? k);
    if (sized.length > 0) {
        out.push({
            level: "notice",
            message: `The app setting \`GUNICORN_CMD_ARGS\` sets ${sized.join(", ")}; the startup command's own \`${sizedFlags(config).join(" ")}\` override it (command-line flags win).`,
        });
    }
    if (settings.WEB_CONCURRENCY) {
        out.push({
            level: "notice",
            message: `The app setting \`WEB_CONCURRENCY\` is only gunicorn's default worker count; the startup command's \`--workers ${config.workers}\` overrides it.`,
        });
    }
    const oryx = current_run/* GUNICORN_SETTINGS */.cC.filter((k) => k.startsWith("PYTHON_") && settings[k] !== undefined);
    if (oryx.length > 0) {
        out.push({
            level: "notice",
            message: `The app settings ${oryx.map((k) => `\`${k}\``).join(", ")} only shape the command App Service generates when no startup command is set; with one set they have no effect, and can be removed.`,
        });
    }
    return out;
}


/***/ }),

/***/ 5434:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ SecretInputError),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
// Errors the user can act on, and one way to turn anything thrown into a message.
/** Bad input: names the input, the value and what is allowed. */
class InputError extends Error {
    name = "InputError";
    constructor(input, value, allowed) {
        super(`${input}: ${shown(value)} is not valid; ${allowed}`);
    }
}
const SHOWN_CHARACTERS = 60;
/** A value as a message shows it: whole when short, else its start and its length. */
function shown(value) {
    if (value.length <= SHOWN_CHARACTERS)
        return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, SHOWN_CHARACTERS))}… (${value.length} characters)`;
}
/** Bad secret input: says what is wrong with it without ever showing the value. */
class SecretInputError extends Error {
    name = "SecretInputError";
    constructor(input, problem, allowed) {
        super(`${input}: the value is not valid (${problem}); ${allowed}`);
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === "string")
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 6343:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ closeMatches)
/* harmony export */ });
// "Did you mean": the options closest to a mistyped value.
function closeMatches(value, options, limit = 4) {
    const needle = value.trim().toLowerCase();
    return options
        .map((option) => ({ option, d: editDistance(needle, option.toLowerCase()) }))
        .filter(({ option, d }) => d <= 2 || option.toLowerCase().startsWith(needle.slice(0, 2)))
        .sort((a, b) => a.d - b.d)
        .slice(0, limit)
        .map(({ option }) => option);
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        }
        prev = cur;
    }
    return prev[b.length];
}


/***/ }),

/***/ 7298:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ walk),
/* harmony export */   Y_: () => (/* binding */ children),
/* harmony export */   h0: () => (/* binding */ positionalNames),
/* harmony export */   hf: () => (/* binding */ firstErrorLine),
/* harmony export */   qo: () => (/* binding */ Lines)
/* harmony export */ });
function children(node) {
    const out = [];
    for (let c = node.firstChild; c; c = c.nextSibling)
        if (c.name !== "Comment")
            out.push(c);
    return out;
}
/** Every node below `node`, in source order. */
function walk(node, visit) {
    const cursor = node.cursor();
    do
        visit(cursor.node);
    while (cursor.next() && cursor.from < node.to);
}
/** The names passed by position (`class A(Base, mod.Base, metaclass=M)` → Base, mod.Base). */
function positionalNames(args) {
    if (!args)
        return [];
    return children(args).filter((c, i, all) => /^(VariableName|MemberExpression)$/.test(c.name) && all[i + 1]?.name !== "AssignOp");
}
/** The line of the first node the parser could not read, or undefined when it read them all. */
function firstErrorLine(top, lines) {
    let error;
    const cursor = top.cursor();
    do
        if (cursor.type.isError)
            error = cursor.node;
    while (!error && cursor.next());
    return error && lines.of(error);
}
/** Line numbers for offsets of one source text, found by binary search. */
class Lines {
    starts = [0];
    constructor(source) {
        for (let i = 0; i < source.length; i++)
            if (source[i] === "\n")
                this.starts.push(i + 1);
    }
    of(node) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= node.from)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}


/***/ }),

/***/ 4506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ readModule)
/* harmony export */ });
/* harmony import */ var _lezer_python__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1283);
/* harmony import */ var _python_nodes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7298);


function readModule(source) {
    const reader = new Reader(source);
    const tree = _lezer_python__WEBPACK_IMPORTED_MODULE_0__/* .parser */ .K.parse(source);
    reader.statements(tree.topNode);
    return {
        bindings: reader.bindings,
        imports: reader.imports,
        fromImports: reader.fromImports,
        runCalls: reader.runCalls,
        optionalImports: reader.optionalImports,
        syntaxErrorLine: (0,_python_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .firstErrorLine */ .hf)(tree.topNode, reader.lines),
    };
}
class Reader {
    source;
    bindings = new Map();
    imports = [];
    fromImports = [];
    runCalls = [];
    optionalImports = [];
    lines;
    constructor(source) {
        this.source = source;
        this.lines = new _python_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .Lines */ .qo(source);
    }
    /** Statements that run on import: the module body and the bodies of if/try/with/else. */
    statements(node) {
        for (let child = node.firstChild; child; child = child.nextSibling)
            this.statement(child);
    }
    statement(node) {
        switch (node.name) {
            case "AssignStatement":
                return this.assign(node);
            case "FunctionDefinition":
                return this.def(node);
            case "ClassDefinition":
                return this.bind(node.getChild("VariableName"), {
                    kind: "class",
                    line: this.line(node),
                    bases: this.bases(node.getChild("ArgList")),
                });
            case "DecoratedStatement":
                return this.statements(node);
            case "ImportStatement":
                return this.importStatement(node);
            case "ExpressionStatement":
                return this.expression(node);
            case "IfStatement":
                if (this.isMainGuard(node))
                    return this.importsIn(node);
                return this.bodies(node);
            case "TryStatement":
                return this.tryStatement(node);
            case "WithStatement":
                return this.bodies(node);
            default:
                return this.importsIn(node);
        }
    }
    /** `try: import x / except ImportError:` makes x optional: the app runs without it. */
    tryStatement(node) {
        const before = this.imports.length;
        this.bodies(node);
        const text = this.text(node.from, node.to);
        if (/\bexcept\s*(\(?[^:]*\b(ImportError|ModuleNotFoundError|Exception)\b[^:]*)?:/.test(text)) {
            this.optionalImports.push(...this.imports.slice(before));
        }
    }
    bodies(node) {
        for (const body of node.getChildren("Body"))
            this.statements(body);
    }
    assign(node) {
        const children = (0,_python_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .children */ .Y_)(node);
        const lastOp = children.map((c) => c.name).lastIndexOf("AssignOp");
        if (lastOp < 0)
            return;
        const value = children[lastOp + 1];
        const line = this.line(node);
        const source = value ? this.text(value.from, value.to) : undefined;
        const binding = value?.name === "CallExpression"
            ? { kind: "call", callee: this.calleeOf(value), line, ...(source ? { source } : {}) }
            : { kind: "value", line, ...(source ? { source } : {}) };
        // `app = application = Flask(...)` binds both; tuple targets bind values we cannot follow.
        const tuple = children.slice(0, lastOp).some((c) => c.name === ",");
        for (const target of children.slice(0, lastOp)) {
            if (target.name === "VariableName")
                this.bind(target, tuple ? { kind: "value", line } : binding);
        }
        if (value)
            this.importsIn(value);
    }
    def(node) {
        const calls = [];
        const body = node.getChild("Body");
        if (body) {
            (0,_python_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .walk */ .GG)(body, (n) => {
                if (n.name === "CallExpression")
                    calls.push(this.calleeOf(n));
                if (n.name === "ImportStatement")
                    this.importStatement(n, false);
            });
        }
        this.bind(node.getChild("VariableName"), {
            kind: "def",
            line: this.line(node),
            requiredParams: this.requiredParams(node.getChild("ParamList")),
            calls,
        });
    }
    requiredParams(list) {
        if (!list)
            return 0;
        let required = 0;
        let segment = [];
        const close = () => {
            const starred = segment[0] === "*" || segment[0] === "**" || segment[0] === "/";
            if (!starred && segment.includes("VariableName") && !segment.includes("AssignOp"))
                required++;
            segment = [];
        };
        for (const child of (0,_python_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .children */ .Y_)(list)) {
            if (child.name === "(")
                continue;
            if (child.name === "," || child.name === ")")
                close();
            else
                segment.push(child.name);
        }
        return required;
    }
    bases(args) {
        return (0,_python_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .positionalNames */ .h0)(args).map((c) => this.text(c.from, c.to).replace(/\s+/g, ""));
    }
    importStatement(node, bind = true) {
        const children = (0,_python_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .children */ .Y_)(node);
        const line = this.line(node);
        if (children[0]?.name === "from") {
            const importAt = children.findIndex((c) => c.name === "import");
            // `from flask` with nothing after it: Python refuses it; there is nothing to bind.
            if (importAt < 2)
                return;
            const module = this.text(children[1].from, children[importAt - 1].to).replace(/\s+/g, "");
            this.imports.push(module);
            this.names(children.slice(importAt + 1), (name, local) => {
                this.fromImports.push({ module, name });
                if (bind)
                    this.bindName(local, { kind: "import", module, name, line });
            });
            return;
        }
        // `import a.b, c as d`: `a.b` binds `a`; `c as d` binds `d` to module c.
        let dotted = [];
        let alias;
        let expectAlias = false;
        const flush = () => {
            if (dotted.length === 0)
                return;
            const module = dotted.join(".");
            this.imports.push(module);
            if (bind) {
                const local = alias ?? dotted[0];
                this.bindName(local, {
                    kind: "import",
                    module: alias ? module : dotted[0],
                    name: "",
                    line,
                });
            }
            dotted = [];
            alias = undefined;
        };
        for (const child of children.slice(1)) {
            if (child.name === ",")
                flush();
            else if (child.name === "as")
                expectAlias = true;
            else if (child.name === "VariableName") {
                if (expectAlias)
                    alias = this.text(child.from, child.to);
                else
                    dotted.push(this.text(child.from, child.to));
                expectAlias = false;
            }
        }
        flush();
    }
    /** `a, b as c, (d)` after `import`: calls back with (imported name, local name). */
    names(nodes, each) {
        for (let i = 0; i < nodes.length; i++) {
            if (nodes[i].name !== "VariableName")
                continue;
            const name = this.text(nodes[i].from, nodes[i].to);
            if (nodes[i + 1]?.name === "as" && nodes[i + 2]?.name === "VariableName") {
                each(name, this.text(nodes[i + 2].from, nodes[i + 2].to));
                i += 2;
            }
            else
                each(name, name);
        }
    }
    expression(node) {
        const call = node.firstChild;
        if (call?.name === "CallExpression") {
            const callee = call.firstChild;
            if (callee?.name === "MemberExpression" && callee.firstChild?.name === "VariableName") {
                const property = callee.getChild("PropertyName");
                if (property && this.text(property.from, property.to) === "run") {
                    const object = this.text(callee.firstChild.from, callee.firstChild.to);
                    this.runCalls.push({ object, line: this.line(node) });
                }
            }
        }
        this.importsIn(node);
    }
    isMainGuard(node) {
        const test = node.firstChild?.nextSibling;
        return !!test && /^__name__\s*==\s*["']__main__["']$/.test(this.text(test.from, test.to));
    }
    /** Imports nested anywhere (inside functions too): they still say which frameworks are used. */
    importsIn(node) {
        (0,_python_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .walk */ .GG)(node, (n) => {
            if (n.name === "ImportStatement")
                this.importStatement(n, false);
        });
    }
    calleeOf(call) {
        const callee = call.firstChild;
        return callee ? this.text(callee.from, callee.to).replace(/\s+/g, "") : "";
    }
    bind(nameNode, binding) {
        if (nameNode)
            this.bindName(this.text(nameNode.from, nameNode.to), binding);
    }
    bindName(name, binding) {
        // Python rebinds in order; the later statement wins, wherever it is.
        this.bindings.delete(name);
        this.bindings.set(name, binding);
    }
    text(from, to) {
        return this.source.slice(from, to);
    }
    line(node) {
        return this.lines.of(node);
    }
}


/***/ }),

/***/ 534:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ guardLines),
/* harmony export */   Y: () => (/* binding */ neutralize)
/* harmony export */ });
// Outside text (site values, file and folder names, server error bodies) printed to a workflow
// log must not become workflow commands: the runner executes any line that starts with `::`.
// Every such text passes through `neutralize` before it is printed, in the action and the CLI.
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\v\f]/g;
/** One line, with no `::` left in it, so no part of it can start a workflow command. */
function neutralize(text) {
    return text.replace(LINE_BREAKS, " ⏎ ").replace(/::/g, ":\u200b:");
}
/** A whole printed text: lines that would start a command (after blanks) are defused. */
function guardLines(text) {
    return text
        .split("\n")
        .map((line) => (/^\s*::/.test(line) ? line.replace("::", ":\u200b:") : line))
        .join("\n");
}


/***/ }),

/***/ 2055:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ waitPercent),
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
// Small helpers for readable English in reasons and reports.
/** `plural(1, "worker")` → "1 worker"; `plural(3, "worker")` → "3 workers". */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
/**
 * A wait share in percent: whole percents, and hundredths above 99 %, where a tenth of a
 * percent triples the requests in flight (99.97, never a rounded 100).
 */
function waitPercent(share) {
    return share < 0.99 ? Math.round(share * 100) : Math.round(share * 10000) / 100;
}


/***/ }),

/***/ 7855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ parseWindow),
/* harmony export */   Wc: () => (/* binding */ spanFor)
/* harmony export */ });
/* unused harmony exports RETENTION_MS, grainFor */
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5434);
// metrics-window: how far back the site's metrics are read, as an ISO 8601 duration.

const HOUR = 3_600_000;
/** Azure Monitor keeps platform metrics for 93 days. */
const MAX_DAYS = 93;
const RETENTION_MS = MAX_DAYS * 24 * HOUR;
function parseWindow(value) {
    const m = value.toUpperCase().match(/^P(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/);
    const ms = m ? (Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * HOUR : 0;
    if (!m || ms < HOUR || ms > MAX_DAYS * 24 * HOUR) {
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz("metrics-window", value, `use an ISO 8601 duration in days or hours from PT1H to P${MAX_DAYS}D, e.g. P7D or PT12H`);
    }
    return { text: value.toUpperCase(), ms };
}
/**
 * The finest grain that keeps each series to about a day of minutes (1,440 points), so one
 * request stays small: a choice, not an API limit (Azure documents none; very large answers
 * have failed to serialize). Every grain used is one Azure allows (PT1M to PT1H here).
 */
function grainFor(window) {
    const minutes = window.ms / 60_000;
    for (const [iso, seconds] of [
        ["PT1M", 60],
        ["PT5M", 300],
        ["PT15M", 900],
        ["PT30M", 1800],
    ]) {
        if (minutes / (seconds / 60) <= 1440)
            return { iso, seconds };
    }
    return { iso: "PT1H", seconds: 3600 };
}
/** The whole intervals of the window that ends now, never before what Azure keeps. */
function spanFor(window, now) {
    const grain = grainFor(window);
    const step = grain.seconds * 1000;
    // Whole intervals only: the one in progress is still filling up.
    const end = Math.floor(now / step) * step;
    const start = Math.max(end - window.ms, Math.ceil((now - RETENTION_MS) / step) * step);
    return { start: new Date(start), end: new Date(end), grain };
}


/***/ }),

/***/ 9222:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ fitService),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   YV: () => (/* binding */ quantile)
/* harmony export */ });
/* unused harmony exports responseMMc, responseAC, serviceTimeMMc */
// Queueing arithmetic for reading service time out of response times: M/M/c (Erlang C) and the
// Allen–Cunneen correction, whose factor K = (Ca² + Cs²)/2 scales the M/M/c wait for arrivals
// and service times that vary more or less than exponentially. Theory: ../shared/GUNICORN-NOTES.md.
/** The factor is fitted only when busy intervals' utilisation spans at least this much. */
const MIN_UTILISATION_SPAN = 0.3;
const K_MIN = 0.1;
const K_MAX = 5;
const K_STEPS = 40;
const S_STEPS = 60;
/** Enough intervals for a robust fit; more only cost time. */
const MAX_SAMPLES = 400;
function responseMMc(rate, service, servers) {
    const a = rate * service;
    if (a >= servers)
        return Infinity;
    return service + (erlangC(servers, a) * service) / (servers - a);
}
/** Allen–Cunneen: the M/M/c wait scaled by the variability factor. */
function responseAC(rate, service, servers, k) {
    return service + k * (responseMMc(rate, service, servers) - service);
}
/**
 * The service time S that makes the queue answer in `response` seconds on average at arrival
 * rate λ, found by bisection (response grows with S).
 */
function serviceTimeMMc(rate, response, servers, k = 1) {
    if (rate <= 0)
        return response;
    let lo = 0;
    let hi = Math.min(response, (servers / rate) * (1 - 1e-9));
    for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (responseAC(rate, mid, servers, k) > response)
            hi = mid;
        else
            lo = mid;
    }
    return (lo + hi) / 2;
}
/**
 * Service time and variability factor together, from how response time grows with load: the
 * pair whose predicted response times sit closest (median absolute log error) to the observed.
 * With M/M/c alone (K = 1) nearly constant service times read about 17 % short at moderate
 * load (docs/measure-truth.md); fitting K removes that when the load varied enough to show it.
 */
function fitService(observed, servers) {
    const sample = spread(observed, MAX_SAMPLES);
    const base = median(sample.map((o) => serviceTimeMMc(o.rate, o.responseSeconds, servers)));
    const load = sample.map((o) => (o.rate * base) / servers).sort((a, b) => a - b);
    const span = quantile(load, 0.9) - quantile(load, 0.1);
    if (span < MIN_UTILISATION_SPAN)
        return { serviceSeconds: base, variability: 1, fitted: false };
    const top = median(sample.map((o) => o.responseSeconds));
    let best = { loss: Infinity, serviceSeconds: base, variability: 1 };
    for (let j = 0; j <= K_STEPS; j++) {
        const k = K_MIN * (K_MAX / K_MIN) ** (j / K_STEPS);
        const s = bestService(sample, servers, k, top);
        if (s.loss < best.loss)
            best = { loss: s.loss, serviceSeconds: s.service, variability: k };
    }
    return { serviceSeconds: best.serviceSeconds, variability: best.variability, fitted: true };
}
/** For one K, the S with the least error: a coarse grid, then a finer one around its best. */
function bestService(sample, servers, k, top) {
    let best = { service: top, loss: Infinity };
    let [lo, hi] = [0, top];
    for (let pass = 0; pass < 2; pass++) {
        const step = (hi - lo) / S_STEPS;
        for (let i = 1; i <= S_STEPS; i++) {
            const service = lo + i * step;
            const loss = lossOf(sample, servers, k, service);
            if (loss < best.loss)
                best = { service, loss };
        }
        [lo, hi] = [Math.max(0, best.service - step), best.service + step];
    }
    return best;
}
function lossOf(sample, servers, k, s) {
    return median(sample.map((o) => {
        const predicted = responseAC(o.rate, s, servers, k);
        return Number.isFinite(predicted) ? Math.abs(Math.log(predicted / o.responseSeconds)) : 10;
    }));
}
/** Above this many servers the exact sum gives way to the Halfin–Whitt form, whose cost is fixed. */
const EXACT_SERVERS = 1000;
/**
 * Probability that an arrival waits (Erlang C). Exact through Erlang B's recursion, which
 * stops once B is too small to matter (it only falls once k passes the load); for very many
 * servers, the Halfin–Whitt approximation, so a site stating a million workers costs no more
 * than one stating four.
 */
function erlangC(c, a) {
    if (c > EXACT_SERVERS)
        return halfinWhitt(c, a);
    let b = 1;
    for (let k = 1; k <= c; k++) {
        b = (a * b) / (k + a * b);
        if (k > a && b < 1e-16)
            return 0;
    }
    const rho = a / c;
    return b / (1 - rho + rho * b);
}
function halfinWhitt(c, a) {
    const beta = (c - a) / Math.sqrt(a);
    const density = Math.exp(-(beta * beta) / 2) / Math.sqrt(2 * Math.PI);
    if (density === 0)
        return 0;
    return 1 / (1 + (beta * normalCdf(beta)) / density);
}
/** Φ(x) through erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
function normalCdf(x) {
    const z = Math.abs(x) / Math.SQRT2;
    const t = 1 / (1 + z / 2);
    const erfc = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 +
                                                    t *
                                                        (-1.13520398 +
                                                            t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}
/** Every n-th item, so a long window costs no more than a short one. */
function spread(xs, max) {
    if (xs.length <= max)
        return xs;
    const step = xs.length / max;
    return Array.from({ length: max }, (_, i) => xs[Math.floor(i * step)]);
}
/** The q-quantile of values sorted ascending (the nearest rank at or below). */
function quantile(sorted, q) {
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}


/***/ }),

/***/ 1312:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ percent),
/* harmony export */   p: () => (/* binding */ duration)
/* harmony export */ });
// Durations and shares as the report writes them.
/** 0.153 → "153 ms"; 2.04 → "2.0 s". */
function duration(seconds) {
    return seconds >= 1 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds * 1000)} ms`;
}
/** 0.0312 → "3.1 %". */
function percent(share) {
    return `${(share * 100).toFixed(1)} %`;
}


/***/ }),

/***/ 4154:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ closePlans),
/* harmony export */   L9: () => (/* binding */ findPlan),
/* harmony export */   rx: () => (/* binding */ PLAN_SKUS)
/* harmony export */ });
/* harmony import */ var _inputs_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6343);
// Per-instance vCPU and memory of App Service (Linux) plan SKUs.
// Source: Microsoft Learn "App Service pricing" / "App Service limits" pages, checked into
// ../shared/AZURE-NOTES.md. The Premium v4 rows are unverified there: they follow the v3 shape.

const GB = 1024;
function family(names, cores, gb) {
    return names.map((name, i) => [name, cores[i], gb[i]]);
}
const ROWS = [
    ["F1", 1, 1],
    ...family(["B1", "B2", "B3"], [1, 2, 4], [1.75, 3.5, 7]),
    ...family(["S1", "S2", "S3"], [1, 2, 4], [1.75, 3.5, 7]),
    ...family(["P1v2", "P2v2", "P3v2"], [1, 2, 4], [3.5, 7, 14]),
    ...family(["P0v3", "P1v3", "P2v3", "P3v3"], [1, 2, 4, 8], [4, 8, 16, 32]),
    ...family(["P1mv3", "P2mv3", "P3mv3", "P4mv3", "P5mv3"], [2, 4, 8, 16, 32], [16, 32, 64, 128, 256]),
    ...family(["P0v4", "P1v4", "P2v4", "P3v4"], [1, 2, 4, 8], [4, 8, 16, 32]),
    ...family(["P1mv4", "P2mv4", "P3mv4", "P4mv4", "P5mv4"], [2, 4, 8, 16, 32], [16, 32, 64, 128, 256]),
    ...family(["I1v2", "I2v2", "I3v2", "I4v2", "I5v2", "I6v2"], [2, 4, 8, 16, 32, 64], [8, 16, 32, 64, 128, 256]),
    ...family(["I1mv2", "I2mv2", "I3mv2", "I4mv2", "I5mv2"], [2, 4, 8, 16, 32], [16, 32, 64, 128, 256]),
];
const BY_KEY = new Map(ROWS.map(([sku, cores, gb]) => [
    sku.toLowerCase(),
    { sku, cores, memoryMb: Math.round(gb * GB), sharedCpu: sku === "F1" },
]));
const PLAN_SKUS = ROWS.map(([sku]) => sku);
/** Looks a SKU up case-insensitively; undefined when unknown. */
function findPlan(sku) {
    return BY_KEY.get(sku.trim().toLowerCase());
}
/** SKUs that look like a mistyped `input`, closest first (for "did you mean" errors). */
function closePlans(input, limit = 4) {
    return (0,_inputs_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closeMatches */ .K)(input, PLAN_SKUS, limit);
}


/***/ }),

/***/ 7087:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ describeConnections),
/* harmony export */   NH: () => (/* binding */ DEFAULT_WORKER_CONNECTIONS),
/* harmony export */   WW: () => (/* binding */ PLATFORM_DEFAULT),
/* harmony export */   vJ: () => (/* binding */ describeShape),
/* harmony export */   wl: () => (/* binding */ DEFAULT_KEEP_ALIVE)
/* harmony export */ });
/* harmony import */ var _report_words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2055);
// The shape of a gunicorn run a reader compares: workers × threads and the worker class.

/** gunicorn's defaults for the connections a gthread worker holds, and keep-alive seconds. */
const DEFAULT_WORKER_CONNECTIONS = 1000;
const DEFAULT_KEEP_ALIVE = 2;
/** What App Service runs without a startup command (Oryx): one sync worker, one thread. */
const PLATFORM_DEFAULT = { workers: 1, threads: 1, workerClass: "sync" };
/** Short names for the event-loop worker classes, for tables. */
const EVENT_LOOP_NAMES = {
    "uvicorn_worker.UvicornWorker": "uvicorn",
    "uvicorn.workers.UvicornWorker": "uvicorn",
    asgi: "asgi",
};
/** "4 sync workers × 1 thread", "6 gthread workers × 20 threads", "4 uvicorn workers". */
function describeShape(shape) {
    const loop = EVENT_LOOP_NAMES[shape.workerClass];
    if (loop)
        return `${(0,_report_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(shape.workers, `${loop} worker`)} (event loop)`;
    if (shape.workerClass === "gevent" || shape.workerClass === "eventlet") {
        return `${(0,_report_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(shape.workers, `${shape.workerClass} worker`)} (greenlets)`;
    }
    return `${(0,_report_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(shape.workers, `${shape.workerClass} worker`)} × ${(0,_report_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(shape.threads, "thread")}`;
}
/** "up to 1000 per worker, kept alive" for a gthread run; undefined for event loops. */
function describeConnections(shape) {
    if (shape.workerClass === "sync")
        return "one at a time per worker";
    if (shape.workerClass === "gevent" || shape.workerClass === "eventlet") {
        return `up to ${shape.workerConnections ?? DEFAULT_WORKER_CONNECTIONS} per worker, as greenlets`;
    }
    if (shape.workerClass !== "gthread")
        return undefined;
    const most = shape.workerConnections ?? DEFAULT_WORKER_CONNECTIONS;
    const kept = (shape.keepAlive ?? DEFAULT_KEEP_ALIVE) > 0;
    return `up to ${most} per worker, ${kept ? "kept alive" : "closed after each response"}`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5280:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({ value: true }));

// --------------------------------------------------------------------

// --------------------------------------------------------------------
// Exports
// --------------------------------------------------------------------

function abstract(optMethodName) {
  const methodName = optMethodName || '';
  return function () {
    throw new Error(
      'this method ' +
        methodName +
        ' is abstract! ' +
        '(it has no implementation in class ' +
        this.constructor.name +
        ')'
    );
  };
}

function assert(cond, message) {
  if (!cond) {
    throw new Error(message || 'Assertion failed');
  }
}

// Define a lazily-computed, non-enumerable property named `propName`
// on the object `obj`. `getterFn` will be called to compute the value the
// first time the property is accessed.
function defineLazyProperty(obj, propName, getterFn) {
  let memo;
  Object.defineProperty(obj, propName, {
    get() {
      if (!memo) {
        memo = getterFn.call(this);
      }
      return memo;
    },
  });
}

function clone(obj) {
  if (obj) {
    return Object.assign({}, obj);
  }
  return obj;
}

function repeatFn(fn, n) {
  const arr = [];
  while (n-- > 0) {
    arr.push(fn());
  }
  return arr;
}

function repeatStr(str, n) {
  return new Array(n + 1).join(str);
}

function repeat(x, n) {
  return repeatFn(() => x, n);
}

function getDuplicates(array) {
  const duplicates = [];
  for (let idx = 0; idx < array.length; idx++) {
    const x = array[idx];
    if (array.lastIndexOf(x) !== idx && duplicates.indexOf(x) < 0) {
      duplicates.push(x);
    }
  }
  return duplicates;
}

function copyWithoutDuplicates(array) {
  const noDuplicates = [];
  array.forEach(entry => {
    if (noDuplicates.indexOf(entry) < 0) {
      noDuplicates.push(entry);
    }
  });
  return noDuplicates;
}

function isSyntactic(ruleName) {
  const firstChar = ruleName[0];
  return firstChar === firstChar.toUpperCase();
}

function isLexical(ruleName) {
  return !isSyntactic(ruleName);
}

function padLeft(str, len, optChar) {
  const ch = optChar || ' ';
  if (str.length < len) {
    return repeatStr(ch, len - str.length) + str;
  }
  return str;
}

// StringBuffer

function StringBuffer() {
  this.strings = [];
}

StringBuffer.prototype.append = function (str) {
  this.strings.push(str);
};

StringBuffer.prototype.contents = function () {
  return this.strings.join('');
};

const escapeUnicode = str => String.fromCodePoint(parseInt(str, 16));

function unescapeCodePoint(s) {
  if (s.charAt(0) === '\\') {
    switch (s.charAt(1)) {
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'v':
        return '\v';
      case 'x':
        return escapeUnicode(s.slice(2, 4));
      case 'u':
        return s.charAt(2) === '{'
          ? escapeUnicode(s.slice(3, -1))
          : escapeUnicode(s.slice(2, 6));
      default:
        return s.charAt(1);
    }
  } else {
    return s;
  }
}

// Helper for producing a description of an unknown object in a safe way.
// Especially useful for error messages where an unexpected type of object was encountered.
function unexpectedObjToString(obj) {
  if (obj == null) {
    return String(obj);
  }
  const baseToString = Object.prototype.toString.call(obj);
  try {
    let typeName;
    if (obj.constructor && obj.constructor.name) {
      typeName = obj.constructor.name;
    } else if (baseToString.indexOf('[object ') === 0) {
      typeName = baseToString.slice(8, -1); // Extract e.g. "Array" from "[object Array]".
    } else {
      typeName = typeof obj;
    }
    return typeName + ': ' + JSON.stringify(String(obj));
  } catch {
    return baseToString;
  }
}

function checkNotNull(obj, message = 'unexpected null value') {
  if (obj == null) {
    throw new Error(message);
  }
  return obj;
}

var common = /*#__PURE__*/Object.freeze({
  __proto__: null,
  abstract: abstract,
  assert: assert,
  defineLazyProperty: defineLazyProperty,
  clone: clone,
  repeatFn: repeatFn,
  repeatStr: repeatStr,
  repeat: repeat,
  getDuplicates: getDuplicates,
  copyWithoutDuplicates: copyWithoutDuplicates,
  isSyntactic: isSyntactic,
  isLexical: isLexical,
  padLeft: padLeft,
  StringBuffer: StringBuffer,
  unescapeCodePoint: unescapeCodePoint,
  unexpectedObjToString: unexpectedObjToString,
  checkNotNull: checkNotNull
});

// The full list of categories from:
// https://www.unicode.org/Public/UCD/latest/ucd/extracted/DerivedGeneralCategory.txt.

const toRegExp = val => new RegExp(String.raw`\p{${val}}`, 'u');

/*
  grep -v '^#' DerivedGeneralCategory.txt \
    | cut -d';' -f2 \
    | awk 'NF{print $1}' \
    | sort -u \
    | awk '{printf "\x27%s\x27,\n",$1}'
 */

const UnicodeCategories = Object.fromEntries(
  [
    'Cc',
    'Cf',
    'Cn',
    'Co',
    'Cs',
    'Ll',
    'Lm',
    'Lo',
    'Lt',
    'Lu',
    'Mc',
    'Me',
    'Mn',
    'Nd',
    'Nl',
    'No',
    'Pc',
    'Pd',
    'Pe',
    'Pf',
    'Pi',
    'Po',
    'Ps',
    'Sc',
    'Sk',
    'Sm',
    'So',
    'Zl',
    'Zp',
    'Zs',
  ].map(cat => [cat, toRegExp(cat)])
);
UnicodeCategories['Ltmo'] = /\p{Lt}|\p{Lm}|\p{Lo}/u;

// We only support a few of these for now, but could add more later.
// See https://www.unicode.org/Public/UCD/latest/ucd/PropertyAliases.txt
const UnicodeBinaryProperties = Object.fromEntries(
  ['XID_Start', 'XID_Continue', 'White_Space'].map(prop => [prop, toRegExp(prop)])
);

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

// General stuff

class PExpr {
  constructor() {
    if (this.constructor === PExpr) {
      throw new Error("PExpr cannot be instantiated -- it's abstract");
    }
  }

  // Set the `source` property to the interval containing the source for this expression.
  withSource(interval) {
    if (interval) {
      this.source = interval.trimmed();
    }
    return this;
  }
}

// Any

const any = Object.create(PExpr.prototype);

// End

const end = Object.create(PExpr.prototype);

// Terminals

class Terminal extends PExpr {
  constructor(obj) {
    super();
    this.obj = obj;
  }
}

// Ranges

class Range extends PExpr {
  constructor(from, to) {
    super();
    this.from = from;
    this.to = to;
    // If either `from` or `to` is made up of multiple code units, then
    // the range should consume a full code point, not a single code unit.
    this.matchCodePoint = from.length > 1 || to.length > 1;
  }
}

// Parameters

class Param extends PExpr {
  constructor(index) {
    super();
    this.index = index;
  }
}

// Alternation

class Alt extends PExpr {
  constructor(terms) {
    super();
    this.terms = terms;
  }
}

// Extend is an implementation detail of rule extension

class Extend extends Alt {
  constructor(superGrammar, name, body) {
    const origBody = superGrammar.rules[name].body;
    super([body, origBody]);

    this.superGrammar = superGrammar;
    this.name = name;
    this.body = body;
  }
}

// Splice is an implementation detail of rule overriding with the `...` operator.
class Splice extends Alt {
  constructor(superGrammar, ruleName, beforeTerms, afterTerms) {
    const origBody = superGrammar.rules[ruleName].body;
    super([...beforeTerms, origBody, ...afterTerms]);

    this.superGrammar = superGrammar;
    this.ruleName = ruleName;
    this.expansionPos = beforeTerms.length;
  }
}

// Sequences

class Seq extends PExpr {
  constructor(factors) {
    super();
    this.factors = factors;
  }
}

// Iterators and optionals

class Iter extends PExpr {
  constructor(expr) {
    super();
    this.expr = expr;
  }
}

class Star extends Iter {}
class Plus extends Iter {}
class Opt extends Iter {}

Star.prototype.operator = '*';
Plus.prototype.operator = '+';
Opt.prototype.operator = '?';

Star.prototype.minNumMatches = 0;
Plus.prototype.minNumMatches = 1;
Opt.prototype.minNumMatches = 0;

Star.prototype.maxNumMatches = Number.POSITIVE_INFINITY;
Plus.prototype.maxNumMatches = Number.POSITIVE_INFINITY;
Opt.prototype.maxNumMatches = 1;

// Predicates

class Not extends PExpr {
  constructor(expr) {
    super();
    this.expr = expr;
  }
}

class Lookahead extends PExpr {
  constructor(expr) {
    super();
    this.expr = expr;
  }
}

// "Lexification"

class Lex extends PExpr {
  constructor(expr) {
    super();
    this.expr = expr;
  }
}

// Rule application

class Apply extends PExpr {
  constructor(ruleName, args = []) {
    super();
    this.ruleName = ruleName;
    this.args = args;
  }

  isSyntactic() {
    return isSyntactic(this.ruleName);
  }

  // This method just caches the result of `this.toString()` in a non-enumerable property.
  toMemoKey() {
    if (!this._memoKey) {
      Object.defineProperty(this, '_memoKey', {value: this.toString()});
    }
    return this._memoKey;
  }
}

// Unicode character

class UnicodeChar extends PExpr {
  constructor(categoryOrProp) {
    super();
    this.categoryOrProp = categoryOrProp;
    if (categoryOrProp in UnicodeCategories) {
      this.pattern = UnicodeCategories[categoryOrProp];
    } else if (categoryOrProp in UnicodeBinaryProperties) {
      this.pattern = UnicodeBinaryProperties[categoryOrProp];
    } else {
      throw new Error(
        `Invalid Unicode category or property name: ${JSON.stringify(categoryOrProp)}`
      );
    }
  }
}

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

function createError(message, optInterval) {
  let e;
  if (optInterval) {
    e = new Error(optInterval.getLineAndColumnMessage() + message);
    e.shortMessage = message;
    e.interval = optInterval;
  } else {
    e = new Error(message);
  }
  return e;
}

// ----------------- errors about intervals -----------------

function intervalSourcesDontMatch() {
  return createError("Interval sources don't match");
}

// ----------------- errors about grammars -----------------

// Grammar syntax error

function grammarSyntaxError(matchFailure) {
  const e = new Error();
  Object.defineProperty(e, 'message', {
    enumerable: true,
    get() {
      return matchFailure.message;
    },
  });
  Object.defineProperty(e, 'shortMessage', {
    enumerable: true,
    get() {
      return 'Expected ' + matchFailure.getExpectedText();
    },
  });
  e.interval = matchFailure.getInterval();
  return e;
}

// Undeclared grammar

function undeclaredGrammar(grammarName, namespace, interval) {
  const message = namespace
    ? `Grammar ${grammarName} is not declared in namespace '${namespace}'`
    : 'Undeclared grammar ' + grammarName;
  return createError(message, interval);
}

// Duplicate grammar declaration

function duplicateGrammarDeclaration(grammar, namespace) {
  return createError('Grammar ' + grammar.name + ' is already declared in this namespace');
}

function grammarDoesNotSupportIncrementalParsing(grammar) {
  return createError(`Grammar '${grammar.name}' does not support incremental parsing`);
}

// ----------------- rules -----------------

// Undeclared rule

function undeclaredRule(ruleName, grammarName, optInterval) {
  return createError(
    'Rule ' + ruleName + ' is not declared in grammar ' + grammarName,
    optInterval
  );
}

// Cannot override undeclared rule

function cannotOverrideUndeclaredRule(ruleName, grammarName, optSource) {
  return createError(
    'Cannot override rule ' + ruleName + ' because it is not declared in ' + grammarName,
    optSource
  );
}

// Cannot extend undeclared rule

function cannotExtendUndeclaredRule(ruleName, grammarName, optSource) {
  return createError(
    'Cannot extend rule ' + ruleName + ' because it is not declared in ' + grammarName,
    optSource
  );
}

// Duplicate rule declaration

function duplicateRuleDeclaration(ruleName, grammarName, declGrammarName, optSource) {
  let message =
    "Duplicate declaration for rule '" + ruleName + "' in grammar '" + grammarName + "'";
  if (grammarName !== declGrammarName) {
    message += " (originally declared in '" + declGrammarName + "')";
  }
  return createError(message, optSource);
}

// Wrong number of parameters

function wrongNumberOfParameters(ruleName, expected, actual, source) {
  return createError(
    'Wrong number of parameters for rule ' +
      ruleName +
      ' (expected ' +
      expected +
      ', got ' +
      actual +
      ')',
    source
  );
}

// Wrong number of arguments

function wrongNumberOfArguments(ruleName, expected, actual, expr) {
  return createError(
    'Wrong number of arguments for rule ' +
      ruleName +
      ' (expected ' +
      expected +
      ', got ' +
      actual +
      ')',
    expr
  );
}

// Duplicate parameter names

function duplicateParameterNames(ruleName, duplicates, source) {
  return createError(
    'Duplicate parameter names in rule ' + ruleName + ': ' + duplicates.join(', '),
    source
  );
}

// Invalid parameter expression

function invalidParameter(ruleName, expr) {
  return createError(
    'Invalid parameter to rule ' +
      ruleName +
      ': ' +
      expr +
      ' has arity ' +
      expr.getArity() +
      ', but parameter expressions must have arity 1',
    expr.source
  );
}

// Application of syntactic rule from lexical rule

const syntacticVsLexicalNote =
  'NOTE: A _syntactic rule_ is a rule whose name begins with a capital letter. ' +
  'See https://ohmjs.org/d/svl for more details.';

function applicationOfSyntacticRuleFromLexicalContext(ruleName, applyExpr) {
  return createError(
    'Cannot apply syntactic rule ' + ruleName + ' from here (inside a lexical context)',
    applyExpr.source
  );
}

// Lexical rule application used with applySyntactic

function applySyntacticWithLexicalRuleApplication(applyExpr) {
  const {ruleName} = applyExpr;
  return createError(
    `applySyntactic is for syntactic rules, but '${ruleName}' is a lexical rule. ` +
      syntacticVsLexicalNote,
    applyExpr.source
  );
}

// Application of applySyntactic in a syntactic context

function unnecessaryExperimentalApplySyntactic(applyExpr) {
  return createError(
    'applySyntactic is not required here (in a syntactic context)',
    applyExpr.source
  );
}

// Incorrect argument type

function incorrectArgumentType(expectedType, expr) {
  return createError('Incorrect argument type: expected ' + expectedType, expr.source);
}

// Multiple instances of the super-splice operator (`...`) in the rule body.

function multipleSuperSplices(expr) {
  return createError("'...' can appear at most once in a rule body", expr.source);
}

// Unicode code point escapes

function invalidCodePoint(applyWrapper) {
  const node = applyWrapper._node;
  assert(node && node.isNonterminal() && node.ctorName === 'escapeChar_unicodeCodePoint');

  // Get an interval that covers all of the hex digits.
  const digitIntervals = applyWrapper.children.slice(1, -1).map(d => d.source);
  const fullInterval = digitIntervals[0].coverageWith(...digitIntervals.slice(1));
  return createError(
    `U+${fullInterval.contents} is not a valid Unicode code point`,
    fullInterval
  );
}

// ----------------- Kleene operators -----------------

function kleeneExprHasNullableOperand(kleeneExpr, applicationStack) {
  const actuals =
    applicationStack.length > 0 ? applicationStack[applicationStack.length - 1].args : [];
  const expr = kleeneExpr.expr.substituteParams(actuals);
  let message =
    'Nullable expression ' +
    expr +
    " is not allowed inside '" +
    kleeneExpr.operator +
    "' (possible infinite loop)";
  if (applicationStack.length > 0) {
    const stackTrace = applicationStack
      .map(app => new Apply(app.ruleName, app.args))
      .join('\n');
    message += '\nApplication stack (most recent application last):\n' + stackTrace;
  }
  return createError(message, kleeneExpr.expr.source);
}

// ----------------- arity -----------------

function inconsistentArity(ruleName, expected, actual, expr) {
  return createError(
    'Rule ' +
      ruleName +
      ' involves an alternation which has inconsistent arity ' +
      '(expected ' +
      expected +
      ', got ' +
      actual +
      ')',
    expr.source
  );
}

// ----------------- convenience -----------------

function multipleErrors(errors) {
  const messages = errors.map(e => e.message);
  return createError(['Errors:'].concat(messages).join('\n- '), errors[0].interval);
}

// ----------------- semantic -----------------

function missingSemanticAction(ctorName, name, type, stack) {
  let stackTrace = stack
    .slice(0, -1)
    .map(info => {
      const ans = '  ' + info[0].name + ' > ' + info[1];
      return info.length === 3 ? ans + " for '" + info[2] + "'" : ans;
    })
    .join('\n');
  stackTrace += '\n  ' + name + ' > ' + ctorName;

  let moreInfo = '';
  if (ctorName === '_iter') {
    moreInfo = [
      '\nNOTE: as of Ohm v16, there is no default action for iteration nodes — see ',
      '  https://ohmjs.org/d/dsa for details.',
    ].join('\n');
  }

  const message = [
    `Missing semantic action for '${ctorName}' in ${type} '${name}'.${moreInfo}`,
    'Action stack (most recent call last):',
    stackTrace,
  ].join('\n');

  const e = createError(message);
  e.name = 'missingSemanticAction';
  return e;
}

function throwErrors(errors) {
  if (errors.length === 1) {
    throw errors[0];
  }
  if (errors.length > 1) {
    throw multipleErrors(errors);
  }
}

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

// Given an array of numbers `arr`, return an array of the numbers as strings,
// right-justified and padded to the same length.
function padNumbersToEqualLength(arr) {
  let maxLen = 0;
  const strings = arr.map(n => {
    const str = n.toString();
    maxLen = Math.max(maxLen, str.length);
    return str;
  });
  return strings.map(s => padLeft(s, maxLen));
}

// Produce a new string that would be the result of copying the contents
// of the string `src` onto `dest` at offset `offest`.
function strcpy(dest, src, offset) {
  const origDestLen = dest.length;
  const start = dest.slice(0, offset);
  const end = dest.slice(offset + src.length);
  return (start + src + end).substr(0, origDestLen);
}

// Casts the underlying lineAndCol object to a formatted message string,
// highlighting `ranges`.
function lineAndColumnToMessage(...ranges) {
  const lineAndCol = this;
  const {offset} = lineAndCol;
  const {repeatStr} = common;

  const sb = new StringBuffer();
  sb.append('Line ' + lineAndCol.lineNum + ', col ' + lineAndCol.colNum + ':\n');

  // An array of the previous, current, and next line numbers as strings of equal length.
  const lineNumbers = padNumbersToEqualLength([
    lineAndCol.prevLine == null ? 0 : lineAndCol.lineNum - 1,
    lineAndCol.lineNum,
    lineAndCol.nextLine == null ? 0 : lineAndCol.lineNum + 1,
  ]);

  // Helper for appending formatting input lines to the buffer.
  const appendLine = (num, content, prefix) => {
    sb.append(prefix + lineNumbers[num] + ' | ' + content + '\n');
  };

  // Include the previous line for context if possible.
  if (lineAndCol.prevLine != null) {
    appendLine(0, lineAndCol.prevLine, '  ');
  }
  // Line that the error occurred on.
  appendLine(1, lineAndCol.line, '> ');

  // Build up the line that points to the offset and possible indicates one or more ranges.
  // Start with a blank line, and indicate each range by overlaying a string of `~` chars.
  const lineLen = lineAndCol.line.length;
  let indicationLine = repeatStr(' ', lineLen + 1);
  for (let i = 0; i < ranges.length; ++i) {
    let startIdx = ranges[i][0];
    let endIdx = ranges[i][1];
    assert(startIdx >= 0 && startIdx <= endIdx, 'range start must be >= 0 and <= end');

    const lineStartOffset = offset - lineAndCol.colNum + 1;
    startIdx = Math.max(0, startIdx - lineStartOffset);
    endIdx = Math.min(endIdx - lineStartOffset, lineLen);

    indicationLine = strcpy(indicationLine, repeatStr('~', endIdx - startIdx), startIdx);
  }
  const gutterWidth = 2 + lineNumbers[1].length + 3;
  sb.append(repeatStr(' ', gutterWidth));
  indicationLine = strcpy(indicationLine, '^', lineAndCol.colNum - 1);
  sb.append(indicationLine.replace(/ +$/, '') + '\n');

  // Include the next line for context if possible.
  if (lineAndCol.nextLine != null) {
    appendLine(2, lineAndCol.nextLine, '  ');
  }
  return sb.contents();
}

// --------------------------------------------------------------------
// Exports
// --------------------------------------------------------------------

let builtInRulesCallbacks = [];

// Since Grammar.BuiltInRules is bootstrapped, most of Ohm can't directly depend it.
// This function allows modules that do depend on the built-in rules to register a callback
// that will be called later in the initialization process.
function awaitBuiltInRules(cb) {
  builtInRulesCallbacks.push(cb);
}

function announceBuiltInRules(grammar) {
  builtInRulesCallbacks.forEach(cb => {
    cb(grammar);
  });
  builtInRulesCallbacks = null;
}

// Return an object with the line and column information for the given
// offset in `str`.
function getLineAndColumn(str, offset) {
  let lineNum = 1;
  let colNum = 1;

  let currOffset = 0;
  let lineStartOffset = 0;

  let nextLine = null;
  let prevLine = null;
  let prevLineStartOffset = -1;

  while (currOffset < offset) {
    const c = str.charAt(currOffset++);
    if (c === '\n') {
      lineNum++;
      colNum = 1;
      prevLineStartOffset = lineStartOffset;
      lineStartOffset = currOffset;
    } else if (c !== '\r') {
      colNum++;
    }
  }

  // Find the end of the target line.
  let lineEndOffset = str.indexOf('\n', lineStartOffset);
  if (lineEndOffset === -1) {
    lineEndOffset = str.length;
  } else {
    // Get the next line.
    const nextLineEndOffset = str.indexOf('\n', lineEndOffset + 1);
    nextLine =
      nextLineEndOffset === -1
        ? str.slice(lineEndOffset)
        : str.slice(lineEndOffset, nextLineEndOffset);
    // Strip leading and trailing EOL char(s).
    nextLine = nextLine.replace(/^\r?\n/, '').replace(/\r$/, '');
  }

  // Get the previous line.
  if (prevLineStartOffset >= 0) {
    // Strip trailing EOL char(s).
    prevLine = str.slice(prevLineStartOffset, lineStartOffset).replace(/\r?\n$/, '');
  }

  // Get the target line, stripping a trailing carriage return if necessary.
  const line = str.slice(lineStartOffset, lineEndOffset).replace(/\r$/, '');

  return {
    offset,
    lineNum,
    colNum,
    line,
    prevLine,
    nextLine,
    toString: lineAndColumnToMessage,
  };
}

// Return a nicely-formatted string describing the line and column for the
// given offset in `str` highlighting `ranges`.
function getLineAndColumnMessage(str, offset, ...ranges) {
  return getLineAndColumn(str, offset).toString(...ranges);
}

const uniqueId = (() => {
  let idCounter = 0;
  return prefix => '' + prefix + idCounter++;
})();

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

class Interval {
  constructor(sourceString, startIdx, endIdx) {
    // Store the full source in a non-enumerable property, so that when
    // grammars and other objects are printed in the REPL, it's not
    // cluttered with multiple copies of the same long string.
    Object.defineProperty(this, '_sourceString', {
      value: sourceString,
      configurable: false,
      enumerable: false,
      writable: false,
    });
    this.startIdx = startIdx;
    this.endIdx = endIdx;
  }

  get sourceString() {
    return this._sourceString;
  }

  get contents() {
    if (this._contents === undefined) {
      this._contents = this.sourceString.slice(this.startIdx, this.endIdx);
    }
    return this._contents;
  }

  get length() {
    return this.endIdx - this.startIdx;
  }

  coverageWith(...intervals) {
    return Interval.coverage(...intervals, this);
  }

  collapsedLeft() {
    return new Interval(this.sourceString, this.startIdx, this.startIdx);
  }

  collapsedRight() {
    return new Interval(this.sourceString, this.endIdx, this.endIdx);
  }

  getLineAndColumn() {
    return getLineAndColumn(this.sourceString, this.startIdx);
  }

  getLineAndColumnMessage() {
    const range = [this.startIdx, this.endIdx];
    return getLineAndColumnMessage(this.sourceString, this.startIdx, range);
  }

  // Returns an array of 0, 1, or 2 intervals that represents the result of the
  // interval difference operation.
  minus(that) {
    if (this.sourceString !== that.sourceString) {
      throw intervalSourcesDontMatch();
    } else if (this.startIdx === that.startIdx && this.endIdx === that.endIdx) {
      // `this` and `that` are the same interval!
      return [];
    } else if (this.startIdx < that.startIdx && that.endIdx < this.endIdx) {
      // `that` splits `this` into two intervals
      return [
        new Interval(this.sourceString, this.startIdx, that.startIdx),
        new Interval(this.sourceString, that.endIdx, this.endIdx),
      ];
    } else if (this.startIdx < that.endIdx && that.endIdx < this.endIdx) {
      // `that` contains a prefix of `this`
      return [new Interval(this.sourceString, that.endIdx, this.endIdx)];
    } else if (this.startIdx < that.startIdx && that.startIdx < this.endIdx) {
      // `that` contains a suffix of `this`
      return [new Interval(this.sourceString, this.startIdx, that.startIdx)];
    } else {
      // `that` and `this` do not overlap
      return [this];
    }
  }

  // Returns a new Interval that has the same extent as this one, but which is relative
  // to `that`, an Interval that fully covers this one.
  relativeTo(that) {
    if (this.sourceString !== that.sourceString) {
      throw intervalSourcesDontMatch();
    }
    assert(
      this.startIdx >= that.startIdx && this.endIdx <= that.endIdx,
      'other interval does not cover this one'
    );
    return new Interval(
      this.sourceString,
      this.startIdx - that.startIdx,
      this.endIdx - that.startIdx
    );
  }

  // Returns a new Interval which contains the same contents as this one,
  // but with whitespace trimmed from both ends.
  trimmed() {
    const {contents} = this;
    const startIdx = this.startIdx + contents.match(/^\s*/)[0].length;
    const endIdx = this.endIdx - contents.match(/\s*$/)[0].length;
    return new Interval(this.sourceString, startIdx, endIdx);
  }

  subInterval(offset, len) {
    const newStartIdx = this.startIdx + offset;
    return new Interval(this.sourceString, newStartIdx, newStartIdx + len);
  }
}

Interval.coverage = function (firstInterval, ...intervals) {
  let {startIdx, endIdx} = firstInterval;
  for (const interval of intervals) {
    if (interval.sourceString !== firstInterval.sourceString) {
      throw intervalSourcesDontMatch();
    } else {
      startIdx = Math.min(startIdx, interval.startIdx);
      endIdx = Math.max(endIdx, interval.endIdx);
    }
  }
  return new Interval(firstInterval.sourceString, startIdx, endIdx);
};

const MAX_CHAR_CODE = 0xffff;
const MAX_CODE_POINT = 0x10ffff;

class InputStream {
  constructor(source) {
    this.source = source;
    this.pos = 0;
    this.examinedLength = 0;
  }

  atEnd() {
    const ans = this.pos >= this.source.length;
    this.examinedLength = Math.max(this.examinedLength, this.pos + 1);
    return ans;
  }

  next() {
    const ans = this.source[this.pos++];
    this.examinedLength = Math.max(this.examinedLength, this.pos);
    return ans;
  }

  nextCharCode() {
    const nextChar = this.next();
    return nextChar && nextChar.charCodeAt(0);
  }

  nextCodePoint() {
    const cp = this.source.slice(this.pos++).codePointAt(0);
    // If the code point is beyond plane 0, it takes up two characters.
    if (cp > MAX_CHAR_CODE) {
      this.pos += 1;
    }
    this.examinedLength = Math.max(this.examinedLength, this.pos);
    return cp;
  }

  matchString(s, optIgnoreCase) {
    let idx;
    if (optIgnoreCase) {
      /*
        Case-insensitive comparison is a tricky business. Some notable gotchas include the
        "Turkish I" problem (http://www.i18nguy.com/unicode/turkish-i18n.html) and the fact
        that the German Esszet (ß) turns into "SS" in upper case.

        This is intended to be a locale-invariant comparison, which means it may not obey
        locale-specific expectations (e.g. "i" => "İ").

        See also https://unicode.org/faq/casemap_charprop.html#casemap
       */
      for (idx = 0; idx < s.length; idx++) {
        const actual = this.next();
        const expected = s[idx];
        if (actual == null || actual.toUpperCase() !== expected.toUpperCase()) {
          return false;
        }
      }
      return true;
    }
    // Default is case-sensitive comparison.
    for (idx = 0; idx < s.length; idx++) {
      if (this.next() !== s[idx]) {
        return false;
      }
    }
    return true;
  }

  sourceSlice(startIdx, endIdx) {
    return this.source.slice(startIdx, endIdx);
  }

  interval(startIdx, optEndIdx) {
    return new Interval(this.source, startIdx, optEndIdx ? optEndIdx : this.pos);
  }
}

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

class MatchResult {
  constructor(
    matcher,
    input,
    startExpr,
    cst,
    cstOffset,
    rightmostFailurePosition,
    optRecordedFailures
  ) {
    this.matcher = matcher;
    this.input = input;
    this.startExpr = startExpr;
    this._cst = cst;
    this._cstOffset = cstOffset;
    this._rightmostFailurePosition = rightmostFailurePosition;
    this._rightmostFailures = optRecordedFailures;

    if (this.failed()) {
      defineLazyProperty(this, 'message', function () {
        const detail = 'Expected ' + this.getExpectedText();
        return (
          getLineAndColumnMessage(this.input, this.getRightmostFailurePosition()) + detail
        );
      });
      defineLazyProperty(this, 'shortMessage', function () {
        const detail = 'expected ' + this.getExpectedText();
        const errorInfo = getLineAndColumn(
          this.input,
          this.getRightmostFailurePosition()
        );
        return 'Line ' + errorInfo.lineNum + ', col ' + errorInfo.colNum + ': ' + detail;
      });
    }
  }

  succeeded() {
    return !!this._cst;
  }

  failed() {
    return !this.succeeded();
  }

  getRightmostFailurePosition() {
    return this._rightmostFailurePosition;
  }

  getRightmostFailures() {
    if (!this._rightmostFailures) {
      this.matcher.setInput(this.input);
      const matchResultWithFailures = this.matcher._match(this.startExpr, {
        tracing: false,
        positionToRecordFailures: this.getRightmostFailurePosition(),
      });
      this._rightmostFailures = matchResultWithFailures.getRightmostFailures();
    }
    return this._rightmostFailures;
  }

  toString() {
    return this.succeeded()
      ? '[match succeeded]'
      : '[match failed at position ' + this.getRightmostFailurePosition() + ']';
  }

  // Return a string summarizing the expected contents of the input stream when
  // the match failure occurred.
  getExpectedText() {
    if (this.succeeded()) {
      throw new Error('cannot get expected text of a successful MatchResult');
    }

    const sb = new StringBuffer();
    let failures = this.getRightmostFailures();

    // Filter out the fluffy failures to make the default error messages more useful
    failures = failures.filter(failure => !failure.isFluffy());

    for (let idx = 0; idx < failures.length; idx++) {
      if (idx > 0) {
        if (idx === failures.length - 1) {
          sb.append(failures.length > 2 ? ', or ' : ' or ');
        } else {
          sb.append(', ');
        }
      }
      sb.append(failures[idx].toString());
    }
    return sb.contents();
  }

  getInterval() {
    const pos = this.getRightmostFailurePosition();
    return new Interval(this.input, pos, pos);
  }
}

class PosInfo {
  constructor() {
    this.applicationMemoKeyStack = []; // active applications at this position
    this.memo = {};
    this.maxExaminedLength = 0;
    this.maxRightmostFailureOffset = -1;
    this.currentLeftRecursion = undefined;
  }

  isActive(application) {
    return this.applicationMemoKeyStack.indexOf(application.toMemoKey()) >= 0;
  }

  enter(application) {
    this.applicationMemoKeyStack.push(application.toMemoKey());
  }

  exit() {
    this.applicationMemoKeyStack.pop();
  }

  startLeftRecursion(headApplication, memoRec) {
    memoRec.isLeftRecursion = true;
    memoRec.headApplication = headApplication;
    memoRec.nextLeftRecursion = this.currentLeftRecursion;
    this.currentLeftRecursion = memoRec;

    const {applicationMemoKeyStack} = this;
    const indexOfFirstInvolvedRule =
      applicationMemoKeyStack.indexOf(headApplication.toMemoKey()) + 1;
    const involvedApplicationMemoKeys = applicationMemoKeyStack.slice(
      indexOfFirstInvolvedRule
    );

    memoRec.isInvolved = function (applicationMemoKey) {
      return involvedApplicationMemoKeys.indexOf(applicationMemoKey) >= 0;
    };

    memoRec.updateInvolvedApplicationMemoKeys = function () {
      for (let idx = indexOfFirstInvolvedRule; idx < applicationMemoKeyStack.length; idx++) {
        const applicationMemoKey = applicationMemoKeyStack[idx];
        if (!this.isInvolved(applicationMemoKey)) {
          involvedApplicationMemoKeys.push(applicationMemoKey);
        }
      }
    };
  }

  endLeftRecursion() {
    this.currentLeftRecursion = this.currentLeftRecursion.nextLeftRecursion;
  }

  // Note: this method doesn't get called for the "head" of a left recursion -- for LR heads,
  // the memoized result (which starts out being a failure) is always used.
  shouldUseMemoizedResult(memoRec) {
    if (!memoRec.isLeftRecursion) {
      return true;
    }
    const {applicationMemoKeyStack} = this;
    for (let idx = 0; idx < applicationMemoKeyStack.length; idx++) {
      const applicationMemoKey = applicationMemoKeyStack[idx];
      if (memoRec.isInvolved(applicationMemoKey)) {
        return false;
      }
    }
    return true;
  }

  memoize(memoKey, memoRec) {
    this.memo[memoKey] = memoRec;
    this.maxExaminedLength = Math.max(this.maxExaminedLength, memoRec.examinedLength);
    this.maxRightmostFailureOffset = Math.max(
      this.maxRightmostFailureOffset,
      memoRec.rightmostFailureOffset
    );
    return memoRec;
  }

  clearObsoleteEntries(pos, invalidatedIdx) {
    if (pos + this.maxExaminedLength <= invalidatedIdx) {
      // Optimization: none of the rule applications that were memoized here examined the
      // interval of the input that changed, so nothing has to be invalidated.
      return;
    }

    const {memo} = this;
    this.maxExaminedLength = 0;
    this.maxRightmostFailureOffset = -1;
    Object.keys(memo).forEach(k => {
      const memoRec = memo[k];
      if (pos + memoRec.examinedLength > invalidatedIdx) {
        delete memo[k];
      } else {
        this.maxExaminedLength = Math.max(this.maxExaminedLength, memoRec.examinedLength);
        this.maxRightmostFailureOffset = Math.max(
          this.maxRightmostFailureOffset,
          memoRec.rightmostFailureOffset
        );
      }
    });
  }
}

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

// Unicode characters that are used in the `toString` output.
const BALLOT_X = '\u2717';
const CHECK_MARK = '\u2713';
const DOT_OPERATOR = '\u22C5';
const RIGHTWARDS_DOUBLE_ARROW = '\u21D2';
const SYMBOL_FOR_HORIZONTAL_TABULATION = '\u2409';
const SYMBOL_FOR_LINE_FEED = '\u240A';
const SYMBOL_FOR_CARRIAGE_RETURN = '\u240D';

const Flags = {
  succeeded: 1 << 0,
  isRootNode: 1 << 1,
  isImplicitSpaces: 1 << 2,
  isMemoized: 1 << 3,
  isHeadOfLeftRecursion: 1 << 4,
  terminatesLR: 1 << 5,
};

function spaces(n) {
  return repeat(' ', n).join('');
}

// Return a string representation of a portion of `input` at offset `pos`.
// The result will contain exactly `len` characters.
function getInputExcerpt(input, pos, len) {
  const excerpt = asEscapedString(input.slice(pos, pos + len));

  // Pad the output if necessary.
  if (excerpt.length < len) {
    return excerpt + repeat(' ', len - excerpt.length).join('');
  }
  return excerpt;
}

function asEscapedString(obj) {
  if (typeof obj === 'string') {
    // Replace non-printable characters with visible symbols.
    return obj
      .replace(/ /g, DOT_OPERATOR)
      .replace(/\t/g, SYMBOL_FOR_HORIZONTAL_TABULATION)
      .replace(/\n/g, SYMBOL_FOR_LINE_FEED)
      .replace(/\r/g, SYMBOL_FOR_CARRIAGE_RETURN);
  }
  return String(obj);
}

// ----------------- Trace -----------------

class Trace {
  constructor(input, pos1, pos2, expr, succeeded, bindings, optChildren) {
    this.input = input;
    this.pos = this.pos1 = pos1;
    this.pos2 = pos2;
    this.source = new Interval(input, pos1, pos2);
    this.expr = expr;
    this.bindings = bindings;
    this.children = optChildren || [];
    this.terminatingLREntry = null;

    this._flags = succeeded ? Flags.succeeded : 0;
  }

  get displayString() {
    return this.expr.toDisplayString();
  }

  clone() {
    return this.cloneWithExpr(this.expr);
  }

  cloneWithExpr(expr) {
    const ans = new Trace(
      this.input,
      this.pos,
      this.pos2,
      expr,
      this.succeeded,
      this.bindings,
      this.children
    );

    ans.isHeadOfLeftRecursion = this.isHeadOfLeftRecursion;
    ans.isImplicitSpaces = this.isImplicitSpaces;
    ans.isMemoized = this.isMemoized;
    ans.isRootNode = this.isRootNode;
    ans.terminatesLR = this.terminatesLR;
    ans.terminatingLREntry = this.terminatingLREntry;
    return ans;
  }

  // Record the trace information for the terminating condition of the LR loop.
  recordLRTermination(ruleBodyTrace, value) {
    this.terminatingLREntry = new Trace(
      this.input,
      this.pos,
      this.pos2,
      this.expr,
      false,
      [value],
      [ruleBodyTrace]
    );
    this.terminatingLREntry.terminatesLR = true;
  }

  // Recursively traverse this trace node and all its descendents, calling a visitor function
  // for each node that is visited. If `vistorObjOrFn` is an object, then its 'enter' property
  // is a function to call before visiting the children of a node, and its 'exit' property is
  // a function to call afterwards. If `visitorObjOrFn` is a function, it represents the 'enter'
  // function.
  //
  // The functions are called with three arguments: the Trace node, its parent Trace, and a number
  // representing the depth of the node in the tree. (The root node has depth 0.) `optThisArg`, if
  // specified, is the value to use for `this` when executing the visitor functions.
  walk(visitorObjOrFn, optThisArg) {
    let visitor = visitorObjOrFn;
    if (typeof visitor === 'function') {
      visitor = {enter: visitor};
    }

    function _walk(node, parent, depth) {
      let recurse = true;
      if (visitor.enter) {
        if (visitor.enter.call(optThisArg, node, parent, depth) === Trace.prototype.SKIP) {
          recurse = false;
        }
      }
      if (recurse) {
        node.children.forEach(child => {
          _walk(child, node, depth + 1);
        });
        if (visitor.exit) {
          visitor.exit.call(optThisArg, node, parent, depth);
        }
      }
    }
    if (this.isRootNode) {
      // Don't visit the root node itself, only its children.
      this.children.forEach(c => {
        _walk(c, null, 0);
      });
    } else {
      _walk(this, null, 0);
    }
  }

  // Return a string representation of the trace.
  // Sample:
  //     12⋅+⋅2⋅*⋅3 ✓ exp ⇒  "12"
  //     12⋅+⋅2⋅*⋅3   ✓ addExp (LR) ⇒  "12"
  //     12⋅+⋅2⋅*⋅3       ✗ addExp_plus
  toString() {
    const sb = new StringBuffer();
    this.walk((node, parent, depth) => {
      if (!node) {
        return this.SKIP;
      }
      const ctorName = node.expr.constructor.name;
      // Don't print anything for Alt nodes.
      if (ctorName === 'Alt') {
        return;
      }
      sb.append(getInputExcerpt(node.input, node.pos, 10) + spaces(depth * 2 + 1));
      sb.append((node.succeeded ? CHECK_MARK : BALLOT_X) + ' ' + node.displayString);
      if (node.isHeadOfLeftRecursion) {
        sb.append(' (LR)');
      }
      if (node.succeeded) {
        const contents = asEscapedString(node.source.contents);
        sb.append(' ' + RIGHTWARDS_DOUBLE_ARROW + '  ');
        sb.append(typeof contents === 'string' ? '"' + contents + '"' : contents);
      }
      sb.append('\n');
    });
    return sb.contents();
  }
}

// A value that can be returned from visitor functions to indicate that a
// node should not be recursed into.
Trace.prototype.SKIP = {};

// For convenience, create a getter and setter for the boolean flags in `Flags`.
Object.keys(Flags).forEach(name => {
  const mask = Flags[name];
  Object.defineProperty(Trace.prototype, name, {
    get() {
      return (this._flags & mask) !== 0;
    },
    set(val) {
      if (val) {
        this._flags |= mask;
      } else {
        this._flags &= ~mask;
      }
    },
  });
});

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

/*
  Return true if we should skip spaces preceding this expression in a syntactic context.
*/
PExpr.prototype.allowsSkippingPrecedingSpace = abstract('allowsSkippingPrecedingSpace');

/*
  Generally, these are all first-order expressions and (with the exception of Apply)
  directly read from the input stream.
*/
any.allowsSkippingPrecedingSpace =
  end.allowsSkippingPrecedingSpace =
  Apply.prototype.allowsSkippingPrecedingSpace =
  Terminal.prototype.allowsSkippingPrecedingSpace =
  Range.prototype.allowsSkippingPrecedingSpace =
  UnicodeChar.prototype.allowsSkippingPrecedingSpace =
    function () {
      return true;
    };

/*
  Higher-order expressions that don't directly consume input.
*/
Alt.prototype.allowsSkippingPrecedingSpace =
  Iter.prototype.allowsSkippingPrecedingSpace =
  Lex.prototype.allowsSkippingPrecedingSpace =
  Lookahead.prototype.allowsSkippingPrecedingSpace =
  Not.prototype.allowsSkippingPrecedingSpace =
  Param.prototype.allowsSkippingPrecedingSpace =
  Seq.prototype.allowsSkippingPrecedingSpace =
    function () {
      return false;
    };

let BuiltInRules$1;

awaitBuiltInRules(g => {
  BuiltInRules$1 = g;
});

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

let lexifyCount;

PExpr.prototype.assertAllApplicationsAreValid = function (ruleName, grammar) {
  lexifyCount = 0;
  this._assertAllApplicationsAreValid(ruleName, grammar);
};

PExpr.prototype._assertAllApplicationsAreValid = abstract(
  '_assertAllApplicationsAreValid'
);

any._assertAllApplicationsAreValid =
  end._assertAllApplicationsAreValid =
  Terminal.prototype._assertAllApplicationsAreValid =
  Range.prototype._assertAllApplicationsAreValid =
  Param.prototype._assertAllApplicationsAreValid =
  UnicodeChar.prototype._assertAllApplicationsAreValid =
    function (ruleName, grammar) {
      // no-op
    };

Lex.prototype._assertAllApplicationsAreValid = function (ruleName, grammar) {
  lexifyCount++;
  this.expr._assertAllApplicationsAreValid(ruleName, grammar);
  lexifyCount--;
};

Alt.prototype._assertAllApplicationsAreValid = function (ruleName, grammar) {
  for (let idx = 0; idx < this.terms.length; idx++) {
    this.terms[idx]._assertAllApplicationsAreValid(ruleName, grammar);
  }
};

Seq.prototype._assertAllApplicationsAreValid = function (ruleName, grammar) {
  for (let idx = 0; idx < this.factors.length; idx++) {
    this.factors[idx]._assertAllApplicationsAreValid(ruleName, grammar);
  }
};

Iter.prototype._assertAllApplicationsAreValid =
  Not.prototype._assertAllApplicationsAreValid =
  Lookahead.prototype._assertAllApplicationsAreValid =
    function (ruleName, grammar) {
      this.expr._assertAllApplicationsAreValid(ruleName, grammar);
    };

Apply.prototype._assertAllApplicationsAreValid = function (
  ruleName,
  grammar,
  skipSyntacticCheck = false
) {
  const ruleInfo = grammar.rules[this.ruleName];
  const isContextSyntactic = isSyntactic(ruleName) && lexifyCount === 0;

  // Make sure that the rule exists...
  if (!ruleInfo) {
    throw undeclaredRule(this.ruleName, grammar.name, this.source);
  }

  // ...and that this application is allowed
  if (!skipSyntacticCheck && isSyntactic(this.ruleName) && !isContextSyntactic) {
    throw applicationOfSyntacticRuleFromLexicalContext(this.ruleName, this);
  }

  // ...and that this application has the correct number of arguments.
  const actual = this.args.length;
  const expected = ruleInfo.formals.length;
  if (actual !== expected) {
    throw wrongNumberOfArguments(this.ruleName, expected, actual, this.source);
  }

  const isBuiltInApplySyntactic =
    BuiltInRules$1 && ruleInfo === BuiltInRules$1.rules.applySyntactic;
  const isBuiltInCaseInsensitive =
    BuiltInRules$1 && ruleInfo === BuiltInRules$1.rules.caseInsensitive;

  // If it's an application of 'caseInsensitive', ensure that the argument is a Terminal.
  if (isBuiltInCaseInsensitive) {
    if (!(this.args[0] instanceof Terminal)) {
      throw incorrectArgumentType('a Terminal (e.g. "abc")', this.args[0]);
    }
  }

  if (isBuiltInApplySyntactic) {
    const arg = this.args[0];
    if (!(arg instanceof Apply)) {
      throw incorrectArgumentType('a syntactic rule application', arg);
    }
    if (!isSyntactic(arg.ruleName)) {
      throw applySyntacticWithLexicalRuleApplication(arg);
    }
    if (isContextSyntactic) {
      throw unnecessaryExperimentalApplySyntactic(this);
    }
  }

  // ...and that all of the argument expressions only have valid applications and have arity 1.
  // If `this` is an application of the built-in applySyntactic rule, then its arg is
  // allowed (and expected) to be a syntactic rule, even if we're in a lexical context.
  this.args.forEach(arg => {
    arg._assertAllApplicationsAreValid(ruleName, grammar, isBuiltInApplySyntactic);
    if (arg.getArity() !== 1) {
      throw invalidParameter(this.ruleName, arg);
    }
  });
};

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

PExpr.prototype.assertChoicesHaveUniformArity = abstract(
  'assertChoicesHaveUniformArity'
);

any.assertChoicesHaveUniformArity =
  end.assertChoicesHaveUniformArity =
  Terminal.prototype.assertChoicesHaveUniformArity =
  Range.prototype.assertChoicesHaveUniformArity =
  Param.prototype.assertChoicesHaveUniformArity =
  Lex.prototype.assertChoicesHaveUniformArity =
  UnicodeChar.prototype.assertChoicesHaveUniformArity =
    function (ruleName) {
      // no-op
    };

Alt.prototype.assertChoicesHaveUniformArity = function (ruleName) {
  if (this.terms.length === 0) {
    return;
  }
  const arity = this.terms[0].getArity();
  for (let idx = 0; idx < this.terms.length; idx++) {
    const term = this.terms[idx];
    term.assertChoicesHaveUniformArity();
    const otherArity = term.getArity();
    if (arity !== otherArity) {
      throw inconsistentArity(ruleName, arity, otherArity, term);
    }
  }
};

Extend.prototype.assertChoicesHaveUniformArity = function (ruleName) {
  // Extend is a special case of Alt that's guaranteed to have exactly two
  // cases: [extensions, origBody].
  const actualArity = this.terms[0].getArity();
  const expectedArity = this.terms[1].getArity();
  if (actualArity !== expectedArity) {
    throw inconsistentArity(ruleName, expectedArity, actualArity, this.terms[0]);
  }
};

Seq.prototype.assertChoicesHaveUniformArity = function (ruleName) {
  for (let idx = 0; idx < this.factors.length; idx++) {
    this.factors[idx].assertChoicesHaveUniformArity(ruleName);
  }
};

Iter.prototype.assertChoicesHaveUniformArity = function (ruleName) {
  this.expr.assertChoicesHaveUniformArity(ruleName);
};

Not.prototype.assertChoicesHaveUniformArity = function (ruleName) {
  // no-op (not required b/c the nested expr doesn't show up in the CST)
};

Lookahead.prototype.assertChoicesHaveUniformArity = function (ruleName) {
  this.expr.assertChoicesHaveUniformArity(ruleName);
};

Apply.prototype.assertChoicesHaveUniformArity = function (ruleName) {
  // The arities of the parameter expressions is required to be 1 by
  // `assertAllApplicationsAreValid()`.
};

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

PExpr.prototype.assertIteratedExprsAreNotNullable = abstract(
  'assertIteratedExprsAreNotNullable'
);

any.assertIteratedExprsAreNotNullable =
  end.assertIteratedExprsAreNotNullable =
  Terminal.prototype.assertIteratedExprsAreNotNullable =
  Range.prototype.assertIteratedExprsAreNotNullable =
  Param.prototype.assertIteratedExprsAreNotNullable =
  UnicodeChar.prototype.assertIteratedExprsAreNotNullable =
    function (grammar) {
      // no-op
    };

Alt.prototype.assertIteratedExprsAreNotNullable = function (grammar) {
  for (let idx = 0; idx < this.terms.length; idx++) {
    this.terms[idx].assertIteratedExprsAreNotNullable(grammar);
  }
};

Seq.prototype.assertIteratedExprsAreNotNullable = function (grammar) {
  for (let idx = 0; idx < this.factors.length; idx++) {
    this.factors[idx].assertIteratedExprsAreNotNullable(grammar);
  }
};

Iter.prototype.assertIteratedExprsAreNotNullable = function (grammar) {
  // Note: this is the implementation of this method for `Star` and `Plus` expressions.
  // It is overridden for `Opt` below.
  this.expr.assertIteratedExprsAreNotNullable(grammar);
  if (this.expr.isNullable(grammar)) {
    throw kleeneExprHasNullableOperand(this, []);
  }
};

Opt.prototype.assertIteratedExprsAreNotNullable =
  Not.prototype.assertIteratedExprsAreNotNullable =
  Lookahead.prototype.assertIteratedExprsAreNotNullable =
  Lex.prototype.assertIteratedExprsAreNotNullable =
    function (grammar) {
      this.expr.assertIteratedExprsAreNotNullable(grammar);
    };

Apply.prototype.assertIteratedExprsAreNotNullable = function (grammar) {
  this.args.forEach(arg => {
    arg.assertIteratedExprsAreNotNullable(grammar);
  });
};

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

class Node {
  constructor(matchLength) {
    this.matchLength = matchLength;
  }

  get ctorName() {
    throw new Error('subclass responsibility');
  }

  numChildren() {
    return this.children ? this.children.length : 0;
  }

  childAt(idx) {
    if (this.children) {
      return this.children[idx];
    }
  }

  indexOfChild(arg) {
    return this.children.indexOf(arg);
  }

  hasChildren() {
    return this.numChildren() > 0;
  }

  hasNoChildren() {
    return !this.hasChildren();
  }

  onlyChild() {
    if (this.numChildren() !== 1) {
      throw new Error(
        'cannot get only child of a node of type ' +
          this.ctorName +
          ' (it has ' +
          this.numChildren() +
          ' children)'
      );
    } else {
      return this.firstChild();
    }
  }

  firstChild() {
    if (this.hasNoChildren()) {
      throw new Error(
        'cannot get first child of a ' + this.ctorName + ' node, which has no children'
      );
    } else {
      return this.childAt(0);
    }
  }

  lastChild() {
    if (this.hasNoChildren()) {
      throw new Error(
        'cannot get last child of a ' + this.ctorName + ' node, which has no children'
      );
    } else {
      return this.childAt(this.numChildren() - 1);
    }
  }

  childBefore(child) {
    const childIdx = this.indexOfChild(child);
    if (childIdx < 0) {
      throw new Error('Node.childBefore() called w/ an argument that is not a child');
    } else if (childIdx === 0) {
      throw new Error('cannot get child before first child');
    } else {
      return this.childAt(childIdx - 1);
    }
  }

  childAfter(child) {
    const childIdx = this.indexOfChild(child);
    if (childIdx < 0) {
      throw new Error('Node.childAfter() called w/ an argument that is not a child');
    } else if (childIdx === this.numChildren() - 1) {
      throw new Error('cannot get child after last child');
    } else {
      return this.childAt(childIdx + 1);
    }
  }

  isTerminal() {
    return false;
  }

  isNonterminal() {
    return false;
  }

  isIteration() {
    return false;
  }

  isOptional() {
    return false;
  }
}

// Terminals

class TerminalNode extends Node {
  get ctorName() {
    return '_terminal';
  }

  isTerminal() {
    return true;
  }

  get primitiveValue() {
    throw new Error('The `primitiveValue` property was removed in Ohm v17.');
  }
}

// Nonterminals

class NonterminalNode extends Node {
  constructor(ruleName, children, childOffsets, matchLength) {
    super(matchLength);
    this.ruleName = ruleName;
    this.children = children;
    this.childOffsets = childOffsets;
  }

  get ctorName() {
    return this.ruleName;
  }

  isNonterminal() {
    return true;
  }

  isLexical() {
    return isLexical(this.ctorName);
  }

  isSyntactic() {
    return isSyntactic(this.ctorName);
  }
}

// Iterations

class IterationNode extends Node {
  constructor(children, childOffsets, matchLength, isOptional) {
    super(matchLength);
    this.children = children;
    this.childOffsets = childOffsets;
    this.optional = isOptional;
  }

  get ctorName() {
    return '_iter';
  }

  isIteration() {
    return true;
  }

  isOptional() {
    return this.optional;
  }
}

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

/*
  Evaluate the expression and return `true` if it succeeds, `false` otherwise. This method should
  only be called directly by `State.prototype.eval(expr)`, which also updates the data structures
  that are used for tracing. (Making those updates in a method of `State` enables the trace-specific
  data structures to be "secrets" of that class, which is good for modularity.)

  The contract of this method is as follows:
  * When the return value is `true`,
    - the state object will have `expr.getArity()` more bindings than it did before the call.
  * When the return value is `false`,
    - the state object may have more bindings than it did before the call, and
    - its input stream's position may be anywhere.

  Note that `State.prototype.eval(expr)`, unlike this method, guarantees that neither the state
  object's bindings nor its input stream's position will change if the expression fails to match.
*/
PExpr.prototype.eval = abstract('eval'); // function(state) { ... }

any.eval = function (state) {
  const {inputStream} = state;
  const origPos = inputStream.pos;
  const cp = inputStream.nextCodePoint();
  if (cp !== undefined) {
    state.pushBinding(new TerminalNode(String.fromCodePoint(cp).length), origPos);
    return true;
  } else {
    state.processFailure(origPos, this);
    return false;
  }
};

end.eval = function (state) {
  const {inputStream} = state;
  const origPos = inputStream.pos;
  if (inputStream.atEnd()) {
    state.pushBinding(new TerminalNode(0), origPos);
    return true;
  } else {
    state.processFailure(origPos, this);
    return false;
  }
};

Terminal.prototype.eval = function (state) {
  const {inputStream} = state;
  const origPos = inputStream.pos;
  if (!inputStream.matchString(this.obj)) {
    state.processFailure(origPos, this);
    return false;
  } else {
    state.pushBinding(new TerminalNode(this.obj.length), origPos);
    return true;
  }
};

Range.prototype.eval = function (state) {
  const {inputStream} = state;
  const origPos = inputStream.pos;

  // A range can operate in one of two modes: matching a single, 16-bit _code unit_,
  // or matching a _code point_. (Code points over 0xFFFF take up two 16-bit code units.)
  const cp = this.matchCodePoint ? inputStream.nextCodePoint() : inputStream.nextCharCode();

  // Always compare by code point value to get the correct result in all scenarios.
  // Note that for strings of length 1, codePointAt(0) and charPointAt(0) are equivalent.
  if (cp !== undefined && this.from.codePointAt(0) <= cp && cp <= this.to.codePointAt(0)) {
    state.pushBinding(new TerminalNode(String.fromCodePoint(cp).length), origPos);
    return true;
  } else {
    state.processFailure(origPos, this);
    return false;
  }
};

Param.prototype.eval = function (state) {
  return state.eval(state.currentApplication().args[this.index]);
};

Lex.prototype.eval = function (state) {
  state.enterLexifiedContext();
  const ans = state.eval(this.expr);
  state.exitLexifiedContext();
  return ans;
};

Alt.prototype.eval = function (state) {
  for (let idx = 0; idx < this.terms.length; idx++) {
    if (state.eval(this.terms[idx])) {
      return true;
    }
  }
  return false;
};

Seq.prototype.eval = function (state) {
  for (let idx = 0; idx < this.factors.length; idx++) {
    const factor = this.factors[idx];
    if (!state.eval(factor)) {
      return false;
    }
  }
  return true;
};

Iter.prototype.eval = function (state) {
  const {inputStream} = state;
  const origPos = inputStream.pos;
  const arity = this.getArity();
  const cols = [];
  const colOffsets = [];
  while (cols.length < arity) {
    cols.push([]);
    colOffsets.push([]);
  }

  let numMatches = 0;
  let prevPos = origPos;
  let idx;
  while (numMatches < this.maxNumMatches && state.eval(this.expr)) {
    if (inputStream.pos === prevPos) {
      throw kleeneExprHasNullableOperand(this, state._applicationStack);
    }
    prevPos = inputStream.pos;
    numMatches++;
    const row = state._bindings.splice(state._bindings.length - arity, arity);
    const rowOffsets = state._bindingOffsets.splice(
      state._bindingOffsets.length - arity,
      arity
    );
    for (idx = 0; idx < row.length; idx++) {
      cols[idx].push(row[idx]);
      colOffsets[idx].push(rowOffsets[idx]);
    }
  }
  if (numMatches < this.minNumMatches) {
    return false;
  }
  let offset = state.posToOffset(origPos);
  let matchLength = 0;
  if (numMatches > 0) {
    const lastCol = cols[arity - 1];
    const lastColOffsets = colOffsets[arity - 1];

    const endOffset =
      lastColOffsets[lastColOffsets.length - 1] + lastCol[lastCol.length - 1].matchLength;
    offset = colOffsets[0][0];
    matchLength = endOffset - offset;
  }
  const isOptional = this instanceof Opt;
  for (idx = 0; idx < cols.length; idx++) {
    state._bindings.push(
      new IterationNode(cols[idx], colOffsets[idx], matchLength, isOptional)
    );
    state._bindingOffsets.push(offset);
  }
  return true;
};

Not.prototype.eval = function (state) {
  /*
    TODO:
    - Right now we're just throwing away all of the failures that happen inside a `not`, and
      recording `this` as a failed expression.
    - Double negation should be equivalent to lookahead, but that's not the case right now wrt
      failures. E.g., ~~'foo' produces a failure for ~~'foo', but maybe it should produce
      a failure for 'foo' instead.
  */

  const {inputStream} = state;
  const origPos = inputStream.pos;
  state.pushFailuresInfo();

  const ans = state.eval(this.expr);

  state.popFailuresInfo();
  if (ans) {
    state.processFailure(origPos, this);
    return false;
  }

  inputStream.pos = origPos;
  return true;
};

Lookahead.prototype.eval = function (state) {
  const {inputStream} = state;
  const origPos = inputStream.pos;
  if (state.eval(this.expr)) {
    inputStream.pos = origPos;
    return true;
  } else {
    return false;
  }
};

Apply.prototype.eval = function (state) {
  const caller = state.currentApplication();
  const actuals = caller ? caller.args : [];
  const app = this.substituteParams(actuals);

  const posInfo = state.getCurrentPosInfo();
  if (posInfo.isActive(app)) {
    // This rule is already active at this position, i.e., it is left-recursive.
    return app.handleCycle(state);
  }

  const memoKey = app.toMemoKey();
  const memoRec = posInfo.memo[memoKey];

  if (memoRec && posInfo.shouldUseMemoizedResult(memoRec)) {
    if (state.hasNecessaryInfo(memoRec)) {
      return state.useMemoizedResult(state.inputStream.pos, memoRec);
    }
    delete posInfo.memo[memoKey];
  }
  return app.reallyEval(state);
};

Apply.prototype.handleCycle = function (state) {
  const posInfo = state.getCurrentPosInfo();
  const {currentLeftRecursion} = posInfo;
  const memoKey = this.toMemoKey();
  let memoRec = posInfo.memo[memoKey];

  if (currentLeftRecursion && currentLeftRecursion.headApplication.toMemoKey() === memoKey) {
    // We already know about this left recursion, but it's possible there are "involved
    // applications" that we don't already know about, so...
    memoRec.updateInvolvedApplicationMemoKeys();
  } else if (!memoRec) {
    // New left recursion detected! Memoize a failure to try to get a seed parse.
    memoRec = posInfo.memoize(memoKey, {
      matchLength: 0,
      examinedLength: 0,
      value: false,
      rightmostFailureOffset: -1,
    });
    posInfo.startLeftRecursion(this, memoRec);
  }
  return state.useMemoizedResult(state.inputStream.pos, memoRec);
};

Apply.prototype.reallyEval = function (state) {
  const {inputStream} = state;
  const origPos = inputStream.pos;
  const origPosInfo = state.getCurrentPosInfo();
  const ruleInfo = state.grammar.rules[this.ruleName];
  const {body} = ruleInfo;
  const {description} = ruleInfo;

  state.enterApplication(origPosInfo, this);

  if (description) {
    state.pushFailuresInfo();
  }

  // Reset the input stream's examinedLength property so that we can track
  // the examined length of this particular application.
  const origInputStreamExaminedLength = inputStream.examinedLength;
  inputStream.examinedLength = 0;

  let value = this.evalOnce(body, state);
  const currentLR = origPosInfo.currentLeftRecursion;
  const memoKey = this.toMemoKey();
  const isHeadOfLeftRecursion = currentLR && currentLR.headApplication.toMemoKey() === memoKey;
  let memoRec;

  if (state.doNotMemoize) {
    state.doNotMemoize = false;
  } else if (isHeadOfLeftRecursion) {
    value = this.growSeedResult(body, state, origPos, currentLR, value);
    origPosInfo.endLeftRecursion();
    memoRec = currentLR;
    memoRec.examinedLength = inputStream.examinedLength - origPos;
    memoRec.rightmostFailureOffset = state._getRightmostFailureOffset();
    origPosInfo.memoize(memoKey, memoRec); // updates origPosInfo's maxExaminedLength
  } else if (!currentLR || !currentLR.isInvolved(memoKey)) {
    // This application is not involved in left recursion, so it's ok to memoize it.
    memoRec = origPosInfo.memoize(memoKey, {
      matchLength: inputStream.pos - origPos,
      examinedLength: inputStream.examinedLength - origPos,
      value,
      failuresAtRightmostPosition: state.cloneRecordedFailures(),
      rightmostFailureOffset: state._getRightmostFailureOffset(),
    });
  }
  const succeeded = !!value;

  if (description) {
    state.popFailuresInfo();
    if (!succeeded) {
      state.processFailure(origPos, this);
    }
    if (memoRec) {
      memoRec.failuresAtRightmostPosition = state.cloneRecordedFailures();
      memoRec.rightmostFailureOffset = state._getRightmostFailureOffset();
    }
  }

  // Record trace information in the memo table, so that it is available if the memoized result
  // is used later.
  if (state.isTracing() && memoRec) {
    const entry = state.getTraceEntry(origPos, this, succeeded, succeeded ? [value] : []);
    if (isHeadOfLeftRecursion) {
      assert(entry.terminatingLREntry != null || !succeeded);
      entry.isHeadOfLeftRecursion = true;
    }
    memoRec.traceEntry = entry;
  }

  // Fix the input stream's examinedLength -- it should be the maximum examined length
  // across all applications, not just this one.
  inputStream.examinedLength = Math.max(
    inputStream.examinedLength,
    origInputStreamExaminedLength
  );

  state.exitApplication(origPosInfo, value);

  return succeeded;
};

Apply.prototype.evalOnce = function (expr, state) {
  const {inputStream} = state;
  const origPos = inputStream.pos;

  if (state.eval(expr)) {
    const arity = expr.getArity();
    const bindings = state._bindings.splice(state._bindings.length - arity, arity);
    const offsets = state._bindingOffsets.splice(state._bindingOffsets.length - arity, arity);
    const matchLength = inputStream.pos - origPos;
    return new NonterminalNode(this.ruleName, bindings, offsets, matchLength);
  } else {
    return false;
  }
};

Apply.prototype.growSeedResult = function (body, state, origPos, lrMemoRec, newValue) {
  if (!newValue) {
    return false;
  }

  const {inputStream} = state;

  while (true) {
    lrMemoRec.matchLength = inputStream.pos - origPos;
    lrMemoRec.value = newValue;
    lrMemoRec.failuresAtRightmostPosition = state.cloneRecordedFailures();

    if (state.isTracing()) {
      // Before evaluating the body again, add a trace node for this application to the memo entry.
      // Its only child is a copy of the trace node from `newValue`, which will always be the last
      // element in `state.trace`.
      const seedTrace = state.trace[state.trace.length - 1];
      lrMemoRec.traceEntry = new Trace(
        state.input,
        origPos,
        inputStream.pos,
        this,
        true,
        [newValue],
        [seedTrace.clone()]
      );
    }
    inputStream.pos = origPos;
    newValue = this.evalOnce(body, state);
    if (inputStream.pos - origPos <= lrMemoRec.matchLength) {
      break;
    }
    if (state.isTracing()) {
      state.trace.splice(-2, 1); // Drop the trace for the old seed.
    }
  }
  if (state.isTracing()) {
    // The last entry is for an unused result -- pop it and save it in the "real" entry.
    lrMemoRec.traceEntry.recordLRTermination(state.trace.pop(), newValue);
  }
  inputStream.pos = origPos + lrMemoRec.matchLength;
  return lrMemoRec.value;
};

UnicodeChar.prototype.eval = function (state) {
  const {inputStream} = state;
  const origPos = inputStream.pos;
  const cp = inputStream.nextCodePoint();
  if (cp !== undefined && cp <= MAX_CODE_POINT) {
    const ch = String.fromCodePoint(cp);
    if (this.pattern.test(ch)) {
      state.pushBinding(new TerminalNode(ch.length), origPos);
      return true;
    }
  }
  state.processFailure(origPos, this);
  return false;
};

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

PExpr.prototype.getArity = abstract('getArity');

any.getArity =
  end.getArity =
  Terminal.prototype.getArity =
  Range.prototype.getArity =
  Param.prototype.getArity =
  Apply.prototype.getArity =
  UnicodeChar.prototype.getArity =
    function () {
      return 1;
    };

Alt.prototype.getArity = function () {
  // This is ok b/c all terms must have the same arity -- this property is
  // checked by the Grammar constructor.
  return this.terms.length === 0 ? 0 : this.terms[0].getArity();
};

Seq.prototype.getArity = function () {
  let arity = 0;
  for (let idx = 0; idx < this.factors.length; idx++) {
    arity += this.factors[idx].getArity();
  }
  return arity;
};

Iter.prototype.getArity = function () {
  return this.expr.getArity();
};

Not.prototype.getArity = function () {
  return 0;
};

Lookahead.prototype.getArity = Lex.prototype.getArity = function () {
  return this.expr.getArity();
};

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

function getMetaInfo(expr, grammarInterval) {
  const metaInfo = {};
  if (expr.source && grammarInterval) {
    const adjusted = expr.source.relativeTo(grammarInterval);
    metaInfo.sourceInterval = [adjusted.startIdx, adjusted.endIdx];
  }
  return metaInfo;
}

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

PExpr.prototype.outputRecipe = abstract('outputRecipe');

any.outputRecipe = function (formals, grammarInterval) {
  return ['any', getMetaInfo(this, grammarInterval)];
};

end.outputRecipe = function (formals, grammarInterval) {
  return ['end', getMetaInfo(this, grammarInterval)];
};

Terminal.prototype.outputRecipe = function (formals, grammarInterval) {
  return ['terminal', getMetaInfo(this, grammarInterval), this.obj];
};

Range.prototype.outputRecipe = function (formals, grammarInterval) {
  return ['range', getMetaInfo(this, grammarInterval), this.from, this.to];
};

Param.prototype.outputRecipe = function (formals, grammarInterval) {
  return ['param', getMetaInfo(this, grammarInterval), this.index];
};

Alt.prototype.outputRecipe = function (formals, grammarInterval) {
  return ['alt', getMetaInfo(this, grammarInterval)].concat(
    this.terms.map(term => term.outputRecipe(formals, grammarInterval))
  );
};

Extend.prototype.outputRecipe = function (formals, grammarInterval) {
  const extension = this.terms[0]; // [extension, original]
  return extension.outputRecipe(formals, grammarInterval);
};

Splice.prototype.outputRecipe = function (formals, grammarInterval) {
  const beforeTerms = this.terms.slice(0, this.expansionPos);
  const afterTerms = this.terms.slice(this.expansionPos + 1);
  return [
    'splice',
    getMetaInfo(this, grammarInterval),
    beforeTerms.map(term => term.outputRecipe(formals, grammarInterval)),
    afterTerms.map(term => term.outputRecipe(formals, grammarInterval)),
  ];
};

Seq.prototype.outputRecipe = function (formals, grammarInterval) {
  return ['seq', getMetaInfo(this, grammarInterval)].concat(
    this.factors.map(factor => factor.outputRecipe(formals, grammarInterval))
  );
};

Star.prototype.outputRecipe =
  Plus.prototype.outputRecipe =
  Opt.prototype.outputRecipe =
  Not.prototype.outputRecipe =
  Lookahead.prototype.outputRecipe =
  Lex.prototype.outputRecipe =
    function (formals, grammarInterval) {
      return [
        this.constructor.name.toLowerCase(),
        getMetaInfo(this, grammarInterval),
        this.expr.outputRecipe(formals, grammarInterval),
      ];
    };

Apply.prototype.outputRecipe = function (formals, grammarInterval) {
  return [
    'app',
    getMetaInfo(this, grammarInterval),
    this.ruleName,
    this.args.map(arg => arg.outputRecipe(formals, grammarInterval)),
  ];
};

UnicodeChar.prototype.outputRecipe = function (formals, grammarInterval) {
  return ['unicodeChar', getMetaInfo(this, grammarInterval), this.categoryOrProp];
};

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

/*
  Called at grammar creation time to rewrite a rule body, replacing each reference to a formal
  parameter with a `Param` node. Returns a PExpr -- either a new one, or the original one if
  it was modified in place.
*/
PExpr.prototype.introduceParams = abstract('introduceParams');

any.introduceParams =
  end.introduceParams =
  Terminal.prototype.introduceParams =
  Range.prototype.introduceParams =
  Param.prototype.introduceParams =
  UnicodeChar.prototype.introduceParams =
    function (formals) {
      return this;
    };

Alt.prototype.introduceParams = function (formals) {
  this.terms.forEach((term, idx, terms) => {
    terms[idx] = term.introduceParams(formals);
  });
  return this;
};

Seq.prototype.introduceParams = function (formals) {
  this.factors.forEach((factor, idx, factors) => {
    factors[idx] = factor.introduceParams(formals);
  });
  return this;
};

Iter.prototype.introduceParams =
  Not.prototype.introduceParams =
  Lookahead.prototype.introduceParams =
  Lex.prototype.introduceParams =
    function (formals) {
      this.expr = this.expr.introduceParams(formals);
      return this;
    };

Apply.prototype.introduceParams = function (formals) {
  const index = formals.indexOf(this.ruleName);
  if (index >= 0) {
    if (this.args.length > 0) {
      // TODO: Should this be supported? See issue #64.
      throw new Error('Parameterized rules cannot be passed as arguments to another rule.');
    }
    return new Param(index).withSource(this.source);
  } else {
    this.args.forEach((arg, idx, args) => {
      args[idx] = arg.introduceParams(formals);
    });
    return this;
  }
};

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

// Returns `true` if this parsing expression may accept without consuming any input.
PExpr.prototype.isNullable = function (grammar) {
  return this._isNullable(grammar, Object.create(null));
};

PExpr.prototype._isNullable = abstract('_isNullable');

any._isNullable =
  Range.prototype._isNullable =
  Param.prototype._isNullable =
  Plus.prototype._isNullable =
  UnicodeChar.prototype._isNullable =
    function (grammar, memo) {
      return false;
    };

end._isNullable = function (grammar, memo) {
  return true;
};

Terminal.prototype._isNullable = function (grammar, memo) {
  if (typeof this.obj === 'string') {
    // This is an over-simplification: it's only correct if the input is a string. If it's an array
    // or an object, then the empty string parsing expression is not nullable.
    return this.obj === '';
  } else {
    return false;
  }
};

Alt.prototype._isNullable = function (grammar, memo) {
  return this.terms.length === 0 || this.terms.some(term => term._isNullable(grammar, memo));
};

Seq.prototype._isNullable = function (grammar, memo) {
  return this.factors.every(factor => factor._isNullable(grammar, memo));
};

Star.prototype._isNullable =
  Opt.prototype._isNullable =
  Not.prototype._isNullable =
  Lookahead.prototype._isNullable =
    function (grammar, memo) {
      return true;
    };

Lex.prototype._isNullable = function (grammar, memo) {
  return this.expr._isNullable(grammar, memo);
};

Apply.prototype._isNullable = function (grammar, memo) {
  const key = this.toMemoKey();
  if (!Object.prototype.hasOwnProperty.call(memo, key)) {
    const {body} = grammar.rules[this.ruleName];
    const inlined = body.substituteParams(this.args);
    memo[key] = false; // Prevent infinite recursion for recursive rules.
    memo[key] = inlined._isNullable(grammar, memo);
  }
  return memo[key];
};

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

/*
  Returns a PExpr that results from recursively replacing every formal parameter (i.e., instance
  of `Param`) inside this PExpr with its actual value from `actuals` (an Array).

  The receiver must not be modified; a new PExpr must be returned if any replacement is necessary.
*/
// function(actuals) { ... }
PExpr.prototype.substituteParams = abstract('substituteParams');

any.substituteParams =
  end.substituteParams =
  Terminal.prototype.substituteParams =
  Range.prototype.substituteParams =
  UnicodeChar.prototype.substituteParams =
    function (actuals) {
      return this;
    };

Param.prototype.substituteParams = function (actuals) {
  return checkNotNull(actuals[this.index]);
};

Alt.prototype.substituteParams = function (actuals) {
  return new Alt(this.terms.map(term => term.substituteParams(actuals)));
};

Seq.prototype.substituteParams = function (actuals) {
  return new Seq(this.factors.map(factor => factor.substituteParams(actuals)));
};

Iter.prototype.substituteParams =
  Not.prototype.substituteParams =
  Lookahead.prototype.substituteParams =
  Lex.prototype.substituteParams =
    function (actuals) {
      return new this.constructor(this.expr.substituteParams(actuals));
    };

Apply.prototype.substituteParams = function (actuals) {
  if (this.args.length === 0) {
    // Avoid making a copy of this application, as an optimization
    return this;
  } else {
    const args = this.args.map(arg => arg.substituteParams(actuals));
    return new Apply(this.ruleName, args);
  }
};

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

function isRestrictedJSIdentifier(str) {
  return /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(str);
}

function resolveDuplicatedNames(argumentNameList) {
  // `count` is used to record the number of times each argument name occurs in the list,
  // this is useful for checking duplicated argument name. It maps argument names to ints.
  const count = Object.create(null);
  argumentNameList.forEach(argName => {
    count[argName] = (count[argName] || 0) + 1;
  });

  // Append subscripts ('_1', '_2', ...) to duplicate argument names.
  Object.keys(count).forEach(dupArgName => {
    if (count[dupArgName] <= 1) {
      return;
    }

    // This name shows up more than once, so add subscripts.
    let subscript = 1;
    argumentNameList.forEach((argName, idx) => {
      if (argName === dupArgName) {
        argumentNameList[idx] = argName + '_' + subscript++;
      }
    });
  });
}

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

/*
  Returns a list of strings that will be used as the default argument names for its receiver
  (a pexpr) in a semantic action. This is used exclusively by the Semantics Editor.

  `firstArgIndex` is the 1-based index of the first argument name that will be generated for this
  pexpr. It enables us to name arguments positionally, e.g., if the second argument is a
  non-alphanumeric terminal like "+", it will be named '$2'.

  `noDupCheck` is true if the caller of `toArgumentNameList` is not a top level caller. It enables
  us to avoid nested duplication subscripts appending, e.g., '_1_1', '_1_2', by only checking
  duplicates at the top level.

  Here is a more elaborate example that illustrates how this method works:
  `(a "+" b).toArgumentNameList(1)` evaluates to `['a', '$2', 'b']` with the following recursive
  calls:

    (a).toArgumentNameList(1) -> ['a'],
    ("+").toArgumentNameList(2) -> ['$2'],
    (b).toArgumentNameList(3) -> ['b']

  Notes:
  * This method must only be called on well-formed expressions, e.g., the receiver must
    not have any Alt sub-expressions with inconsistent arities.
  * e.getArity() === e.toArgumentNameList(1).length
*/
// function(firstArgIndex, noDupCheck) { ... }
PExpr.prototype.toArgumentNameList = abstract('toArgumentNameList');

any.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  return ['any'];
};

end.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  return ['end'];
};

Terminal.prototype.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  if (typeof this.obj === 'string' && /^[_a-zA-Z0-9]+$/.test(this.obj)) {
    // If this terminal is a valid suffix for a JS identifier, just prepend it with '_'
    return ['_' + this.obj];
  } else {
    // Otherwise, name it positionally.
    return ['$' + firstArgIndex];
  }
};

Range.prototype.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  let argName = this.from + '_to_' + this.to;
  // If the `argName` is not valid then try to prepend a `_`.
  if (!isRestrictedJSIdentifier(argName)) {
    argName = '_' + argName;
  }
  // If the `argName` still not valid after prepending a `_`, then name it positionally.
  if (!isRestrictedJSIdentifier(argName)) {
    argName = '$' + firstArgIndex;
  }
  return [argName];
};

Alt.prototype.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  // `termArgNameLists` is an array of arrays where each row is the
  // argument name list that corresponds to a term in this alternation.
  const termArgNameLists = this.terms.map(term =>
    term.toArgumentNameList(firstArgIndex, true)
  );

  const argumentNameList = [];
  const numArgs = termArgNameLists[0].length;
  for (let colIdx = 0; colIdx < numArgs; colIdx++) {
    const col = [];
    for (let rowIdx = 0; rowIdx < this.terms.length; rowIdx++) {
      col.push(termArgNameLists[rowIdx][colIdx]);
    }
    const uniqueNames = copyWithoutDuplicates(col);
    argumentNameList.push(uniqueNames.join('_or_'));
  }

  if (!noDupCheck) {
    resolveDuplicatedNames(argumentNameList);
  }
  return argumentNameList;
};

Seq.prototype.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  // Generate the argument name list, without worrying about duplicates.
  let argumentNameList = [];
  this.factors.forEach(factor => {
    const factorArgumentNameList = factor.toArgumentNameList(firstArgIndex, true);
    argumentNameList = argumentNameList.concat(factorArgumentNameList);

    // Shift the firstArgIndex to take this factor's argument names into account.
    firstArgIndex += factorArgumentNameList.length;
  });
  if (!noDupCheck) {
    resolveDuplicatedNames(argumentNameList);
  }
  return argumentNameList;
};

Iter.prototype.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  const argumentNameList = this.expr
    .toArgumentNameList(firstArgIndex, noDupCheck)
    .map(exprArgumentString =>
      exprArgumentString[exprArgumentString.length - 1] === 's'
        ? exprArgumentString + 'es'
        : exprArgumentString + 's'
    );
  if (!noDupCheck) {
    resolveDuplicatedNames(argumentNameList);
  }
  return argumentNameList;
};

Opt.prototype.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  return this.expr.toArgumentNameList(firstArgIndex, noDupCheck).map(argName => {
    return 'opt' + argName[0].toUpperCase() + argName.slice(1);
  });
};

Not.prototype.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  return [];
};

Lookahead.prototype.toArgumentNameList = Lex.prototype.toArgumentNameList =
  function (firstArgIndex, noDupCheck) {
    return this.expr.toArgumentNameList(firstArgIndex, noDupCheck);
  };

Apply.prototype.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  return [this.ruleName];
};

UnicodeChar.prototype.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  return ['$' + firstArgIndex];
};

Param.prototype.toArgumentNameList = function (firstArgIndex, noDupCheck) {
  return ['param' + this.index];
};

// "Value pexprs" (Value, Str, Arr, Obj) are going away soon, so we don't worry about them here.

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

// Returns a string representing the PExpr, for use as a UI label, etc.
PExpr.prototype.toDisplayString = abstract('toDisplayString');

Alt.prototype.toDisplayString = Seq.prototype.toDisplayString = function () {
  if (this.source) {
    return this.source.trimmed().contents;
  }
  return '[' + this.constructor.name + ']';
};

any.toDisplayString =
  end.toDisplayString =
  Iter.prototype.toDisplayString =
  Not.prototype.toDisplayString =
  Lookahead.prototype.toDisplayString =
  Lex.prototype.toDisplayString =
  Terminal.prototype.toDisplayString =
  Range.prototype.toDisplayString =
  Param.prototype.toDisplayString =
    function () {
      return this.toString();
    };

Apply.prototype.toDisplayString = function () {
  if (this.args.length > 0) {
    const ps = this.args.map(arg => arg.toDisplayString());
    return this.ruleName + '<' + ps.join(',') + '>';
  } else {
    return this.ruleName;
  }
};

UnicodeChar.prototype.toDisplayString = function () {
  return 'Unicode [' + this.categoryOrProp + '] character';
};

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

/*
  `Failure`s represent expressions that weren't matched while parsing. They are used to generate
  error messages automatically. The interface of `Failure`s includes the collowing methods:

  - getText() : String
  - getType() : String  (one of {"description", "string", "code"})
  - isDescription() : bool
  - isStringTerminal() : bool
  - isCode() : bool
  - isFluffy() : bool
  - makeFluffy() : void
  - subsumes(Failure) : bool
*/

function isValidType(type) {
  return type === 'description' || type === 'string' || type === 'code';
}

class Failure {
  constructor(pexpr, text, type) {
    if (!isValidType(type)) {
      throw new Error('invalid Failure type: ' + type);
    }
    this.pexpr = pexpr;
    this.text = text;
    this.type = type;
    this.fluffy = false;
  }

  getPExpr() {
    return this.pexpr;
  }

  getText() {
    return this.text;
  }

  getType() {
    return this.type;
  }

  isDescription() {
    return this.type === 'description';
  }

  isStringTerminal() {
    return this.type === 'string';
  }

  isCode() {
    return this.type === 'code';
  }

  isFluffy() {
    return this.fluffy;
  }

  makeFluffy() {
    this.fluffy = true;
  }

  clearFluffy() {
    this.fluffy = false;
  }

  subsumes(that) {
    return (
      this.getText() === that.getText() &&
      this.type === that.type &&
      (!this.isFluffy() || (this.isFluffy() && that.isFluffy()))
    );
  }

  toString() {
    return this.type === 'string' ? JSON.stringify(this.getText()) : this.getText();
  }

  clone() {
    const failure = new Failure(this.pexpr, this.text, this.type);
    if (this.isFluffy()) {
      failure.makeFluffy();
    }
    return failure;
  }

  toKey() {
    return this.toString() + '#' + this.type;
  }
}

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

PExpr.prototype.toFailure = abstract('toFailure');

any.toFailure = function (grammar) {
  return new Failure(this, 'any object', 'description');
};

end.toFailure = function (grammar) {
  return new Failure(this, 'end of input', 'description');
};

Terminal.prototype.toFailure = function (grammar) {
  return new Failure(this, this.obj, 'string');
};

Range.prototype.toFailure = function (grammar) {
  // TODO: come up with something better
  return new Failure(this, JSON.stringify(this.from) + '..' + JSON.stringify(this.to), 'code');
};

Not.prototype.toFailure = function (grammar) {
  const description =
    this.expr === any ? 'nothing' : 'not ' + this.expr.toFailure(grammar);
  return new Failure(this, description, 'description');
};

Lookahead.prototype.toFailure = function (grammar) {
  return this.expr.toFailure(grammar);
};

Apply.prototype.toFailure = function (grammar) {
  let {description} = grammar.rules[this.ruleName];
  if (!description) {
    const article = /^[aeiouAEIOU]/.test(this.ruleName) ? 'an' : 'a';
    description = article + ' ' + this.ruleName;
  }
  return new Failure(this, description, 'description');
};

UnicodeChar.prototype.toFailure = function (grammar) {
  return new Failure(this, 'a Unicode [' + this.categoryOrProp + '] character', 'description');
};

Alt.prototype.toFailure = function (grammar) {
  const fs = this.terms.map(t => t.toFailure(grammar));
  const description = '(' + fs.join(' or ') + ')';
  return new Failure(this, description, 'description');
};

Seq.prototype.toFailure = function (grammar) {
  const fs = this.factors.map(f => f.toFailure(grammar));
  const description = '(' + fs.join(' ') + ')';
  return new Failure(this, description, 'description');
};

Iter.prototype.toFailure = function (grammar) {
  const description = '(' + this.expr.toFailure(grammar) + this.operator + ')';
  return new Failure(this, description, 'description');
};

// --------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------

/*
  e1.toString() === e2.toString() ==> e1 and e2 are semantically equivalent.
  Note that this is not an iff (<==>): e.g.,
  (~"b" "a").toString() !== ("a").toString(), even though
  ~"b" "a" and "a" are interchangeable in any grammar,
  both in terms of the languages they accept and their arities.
*/
PExpr.prototype.toString = abstract('toString');

any.toString = function () {
  return 'any';
};

end.toString = function () {
  return 'end';
};

Terminal.prototype.toString = function () {
  return JSON.stringify(this.obj);
};

Range.prototype.toString = function () {
  return JSON.stringify(this.from) + '..' + JSON.stringify(this.to);
};

Param.prototype.toString = function () {
  return '$' + this.index;
};

Lex.prototype.toString = function () {
  return '#(' + this.expr.toString() + ')';
};

Alt.prototype.toString = function () {
  return this.terms.length === 1
    ? this.terms[0].toString()
    : '(' + this.terms.map(term => term.toString()).join(' | ') + ')';
};

Seq.prototype.toString = function () {
  return this.factors.length === 1
    ? this.factors[0].toString()
    : '(' + this.factors.map(factor => factor.toString()).join(' ') + ')';
};

Iter.prototype.toString = function () {
  return this.expr + this.operator;
};

Not.prototype.toString = function () {
  return '~' + this.expr;
};

Lookahead.prototype.toString = function () {
  return '&' + this.expr;
};

Apply.prototype.toString = function () {
  if (this.args.length > 0) {
    const ps = this.args.map(arg => arg.toString());
    return this.ruleName + '<' + ps.join(',') + '>';
  } else {
    return this.ruleName;
  }
};

UnicodeChar.prototype.toString = function () {
  return '\\p{' + this.categoryOrProp + '}';
};

class CaseInsensitiveTerminal extends PExpr {
  constructor(param) {
    super();
    this.obj = param;
  }

  _getString(state) {
    const terminal = state.currentApplication().args[this.obj.index];
    assert(terminal instanceof Terminal, 'expected a Terminal expression');
    return terminal.obj;
  }

  // Implementation of the PExpr API

  allowsSkippingPrecedingSpace() {
    return true;
  }

  eval(state) {
    const {inputStream} = state;
    const origPos = inputStream.pos;
    const matchStr = this._getString(state);
    if (!inputStream.matchString(matchStr, true)) {
      state.processFailure(origPos, this);
      return false;
    } else {
      state.pushBinding(new TerminalNode(matchStr.length), origPos);
      return true;
    }
  }

  getArity() {
    return 1;
  }

  substituteParams(actuals) {
    return new CaseInsensitiveTerminal(this.obj.substituteParams(actuals));
  }

  toDisplayString() {
    return this.obj.toDisplayString() + ' (case-insensitive)';
  }

  toFailure(grammar) {
    return new Failure(
      this,
      this.obj.toFailure(grammar) + ' (case-insensitive)',
      'description'
    );
  }

  _isNullable(grammar, memo) {
    return this.obj._isNullable(grammar, memo);
  }
}

// --------------------------------------------------------------------

var pexprs = /*#__PURE__*/Object.freeze({
  __proto__: null,
  CaseInsensitiveTerminal: CaseInsensitiveTerminal,
  PExpr: PExpr,
  any: any,
  end: end,
  Terminal: Terminal,
  Range: Range,
  Param: Param,
  Alt: Alt,
  Extend: Extend,
  Splice: Splice,
  Seq: Seq,
  Iter: Iter,
  Star: Star,
  Plus: Plus,
  Opt: Opt,
  Not: Not,
  Lookahead: Lookahead,
  Lex: Lex,
  Apply: Apply,
  UnicodeChar: UnicodeChar
});

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

let builtInApplySyntacticBody;

awaitBuiltInRules(builtInRules => {
  builtInApplySyntacticBody = builtInRules.rules.applySyntactic.body;
});

const applySpaces = new Apply('spaces');

class MatchState {
  constructor(matcher, startExpr, optPositionToRecordFailures) {
    this.matcher = matcher;
    this.startExpr = startExpr;

    this.grammar = matcher.grammar;
    this.input = matcher.getInput();
    this.inputStream = new InputStream(this.input);
    this.memoTable = matcher._memoTable;

    this.userData = undefined;
    this.doNotMemoize = false;

    this._bindings = [];
    this._bindingOffsets = [];
    this._applicationStack = [];
    this._posStack = [0];
    this.inLexifiedContextStack = [false];

    this.rightmostFailurePosition = -1;
    this._rightmostFailurePositionStack = [];
    this._recordedFailuresStack = [];

    if (optPositionToRecordFailures !== undefined) {
      this.positionToRecordFailures = optPositionToRecordFailures;
      this.recordedFailures = Object.create(null);
    }
  }

  posToOffset(pos) {
    return pos - this._posStack[this._posStack.length - 1];
  }

  enterApplication(posInfo, app) {
    this._posStack.push(this.inputStream.pos);
    this._applicationStack.push(app);
    this.inLexifiedContextStack.push(false);
    posInfo.enter(app);
    this._rightmostFailurePositionStack.push(this.rightmostFailurePosition);
    this.rightmostFailurePosition = -1;
  }

  exitApplication(posInfo, optNode) {
    const origPos = this._posStack.pop();
    this._applicationStack.pop();
    this.inLexifiedContextStack.pop();
    posInfo.exit();

    this.rightmostFailurePosition = Math.max(
      this.rightmostFailurePosition,
      this._rightmostFailurePositionStack.pop()
    );

    if (optNode) {
      this.pushBinding(optNode, origPos);
    }
  }

  enterLexifiedContext() {
    this.inLexifiedContextStack.push(true);
  }

  exitLexifiedContext() {
    this.inLexifiedContextStack.pop();
  }

  currentApplication() {
    return this._applicationStack[this._applicationStack.length - 1];
  }

  inSyntacticContext() {
    const currentApplication = this.currentApplication();
    if (currentApplication) {
      return currentApplication.isSyntactic() && !this.inLexifiedContext();
    } else {
      // The top-level context is syntactic if the start application is.
      return this.startExpr.factors[0].isSyntactic();
    }
  }

  inLexifiedContext() {
    return this.inLexifiedContextStack[this.inLexifiedContextStack.length - 1];
  }

  skipSpaces() {
    this.pushFailuresInfo();
    this.eval(applySpaces);
    this.popBinding();
    this.popFailuresInfo();
    return this.inputStream.pos;
  }

  skipSpacesIfInSyntacticContext() {
    return this.inSyntacticContext() ? this.skipSpaces() : this.inputStream.pos;
  }

  maybeSkipSpacesBefore(expr) {
    if (expr.allowsSkippingPrecedingSpace() && expr !== applySpaces) {
      return this.skipSpacesIfInSyntacticContext();
    } else {
      return this.inputStream.pos;
    }
  }

  pushBinding(node, origPos) {
    this._bindings.push(node);
    this._bindingOffsets.push(this.posToOffset(origPos));
  }

  popBinding() {
    this._bindings.pop();
    this._bindingOffsets.pop();
  }

  numBindings() {
    return this._bindings.length;
  }

  truncateBindings(newLength) {
    // Yes, this is this really faster than setting the `length` property (tested with
    // bin/es5bench on Node v6.1.0).
    // Update 2021-10-25: still true on v14.15.5 — it's ~20% speedup on es5bench.
    while (this._bindings.length > newLength) {
      this.popBinding();
    }
  }

  getCurrentPosInfo() {
    return this.getPosInfo(this.inputStream.pos);
  }

  getPosInfo(pos) {
    let posInfo = this.memoTable[pos];
    if (!posInfo) {
      posInfo = this.memoTable[pos] = new PosInfo();
    }
    return posInfo;
  }

  processFailure(pos, expr) {
    this.rightmostFailurePosition = Math.max(this.rightmostFailurePosition, pos);

    if (this.recordedFailures && pos === this.positionToRecordFailures) {
      const app = this.currentApplication();
      if (app) {
        // Substitute parameters with the actual pexprs that were passed to
        // the current rule.
        expr = expr.substituteParams(app.args);
      }

      this.recordFailure(expr.toFailure(this.grammar), false);
    }
  }

  recordFailure(failure, shouldCloneIfNew) {
    const key = failure.toKey();
    if (!this.recordedFailures[key]) {
      this.recordedFailures[key] = shouldCloneIfNew ? failure.clone() : failure;
    } else if (this.recordedFailures[key].isFluffy() && !failure.isFluffy()) {
      this.recordedFailures[key].clearFluffy();
    }
  }

  recordFailures(failures, shouldCloneIfNew) {
    Object.keys(failures).forEach(key => {
      this.recordFailure(failures[key], shouldCloneIfNew);
    });
  }

  cloneRecordedFailures() {
    if (!this.recordedFailures) {
      return undefined;
    }

    const ans = Object.create(null);
    Object.keys(this.recordedFailures).forEach(key => {
      ans[key] = this.recordedFailures[key].clone();
    });
    return ans;
  }

  getRightmostFailurePosition() {
    return this.rightmostFailurePosition;
  }

  _getRightmostFailureOffset() {
    return this.rightmostFailurePosition >= 0
      ? this.posToOffset(this.rightmostFailurePosition)
      : -1;
  }

  // Returns the memoized trace entry for `expr` at `pos`, if one exists, `null` otherwise.
  getMemoizedTraceEntry(pos, expr) {
    const posInfo = this.memoTable[pos];
    if (posInfo && expr instanceof Apply) {
      const memoRec = posInfo.memo[expr.toMemoKey()];
      if (memoRec && memoRec.traceEntry) {
        const entry = memoRec.traceEntry.cloneWithExpr(expr);
        entry.isMemoized = true;
        return entry;
      }
    }
    return null;
  }

  // Returns a new trace entry, with the currently active trace array as its children.
  getTraceEntry(pos, expr, succeeded, bindings) {
    if (expr instanceof Apply) {
      const app = this.currentApplication();
      const actuals = app ? app.args : [];
      expr = expr.substituteParams(actuals);
    }
    return (
      this.getMemoizedTraceEntry(pos, expr) ||
      new Trace(this.input, pos, this.inputStream.pos, expr, succeeded, bindings, this.trace)
    );
  }

  isTracing() {
    return !!this.trace;
  }

  hasNecessaryInfo(memoRec) {
    if (this.trace && !memoRec.traceEntry) {
      return false;
    }

    if (
      this.recordedFailures &&
      this.inputStream.pos + memoRec.rightmostFailureOffset === this.positionToRecordFailures
    ) {
      return !!memoRec.failuresAtRightmostPosition;
    }

    return true;
  }

  useMemoizedResult(origPos, memoRec) {
    if (this.trace) {
      this.trace.push(memoRec.traceEntry);
    }

    const memoRecRightmostFailurePosition =
      this.inputStream.pos + memoRec.rightmostFailureOffset;
    this.rightmostFailurePosition = Math.max(
      this.rightmostFailurePosition,
      memoRecRightmostFailurePosition
    );
    if (
      this.recordedFailures &&
      this.positionToRecordFailures === memoRecRightmostFailurePosition &&
      memoRec.failuresAtRightmostPosition
    ) {
      this.recordFailures(memoRec.failuresAtRightmostPosition, true);
    }

    this.inputStream.examinedLength = Math.max(
      this.inputStream.examinedLength,
      memoRec.examinedLength + origPos
    );

    if (memoRec.value) {
      this.inputStream.pos += memoRec.matchLength;
      this.pushBinding(memoRec.value, origPos);
      return true;
    }
    return false;
  }

  // Evaluate `expr` and return `true` if it succeeded, `false` otherwise. On success, `bindings`
  // will have `expr.getArity()` more elements than before, and the input stream's position may
  // have increased. On failure, `bindings` and position will be unchanged.
  eval(expr) {
    const {inputStream} = this;
    const origNumBindings = this._bindings.length;
    const origUserData = this.userData;

    let origRecordedFailures;
    if (this.recordedFailures) {
      origRecordedFailures = this.recordedFailures;
      this.recordedFailures = Object.create(null);
    }

    const origPos = inputStream.pos;
    const memoPos = this.maybeSkipSpacesBefore(expr);

    let origTrace;
    if (this.trace) {
      origTrace = this.trace;
      this.trace = [];
    }

    // Do the actual evaluation.
    const ans = expr.eval(this);

    if (this.trace) {
      const bindings = this._bindings.slice(origNumBindings);
      const traceEntry = this.getTraceEntry(memoPos, expr, ans, bindings);
      traceEntry.isImplicitSpaces = expr === applySpaces;
      traceEntry.isRootNode = expr === this.startExpr;
      origTrace.push(traceEntry);
      this.trace = origTrace;
    }

    if (ans) {
      if (this.recordedFailures && inputStream.pos === this.positionToRecordFailures) {
        Object.keys(this.recordedFailures).forEach(key => {
          this.recordedFailures[key].makeFluffy();
        });
      }
    } else {
      // Reset the position, bindings, and userData.
      inputStream.pos = origPos;
      this.truncateBindings(origNumBindings);
      this.userData = origUserData;
    }

    if (this.recordedFailures) {
      this.recordFailures(origRecordedFailures, false);
    }

    // The built-in applySyntactic rule needs special handling: we want to skip
    // trailing spaces, just as with the top-level application of a syntactic rule.
    if (expr === builtInApplySyntacticBody) {
      this.skipSpaces();
    }

    return ans;
  }

  getMatchResult() {
    this.grammar._setUpMatchState(this);
    this.eval(this.startExpr);
    let rightmostFailures;
    if (this.recordedFailures) {
      rightmostFailures = Object.keys(this.recordedFailures).map(
        key => this.recordedFailures[key]
      );
    }
    const cst = this._bindings[0];
    if (cst) {
      cst.grammar = this.grammar;
    }
    return new MatchResult(
      this.matcher,
      this.input,
      this.startExpr,
      cst,
      this._bindingOffsets[0],
      this.rightmostFailurePosition,
      rightmostFailures
    );
  }

  getTrace() {
    this.trace = [];
    const matchResult = this.getMatchResult();

    // The trace node for the start rule is always the last entry. If it is a syntactic rule,
    // the first entry is for an application of 'spaces'.
    // TODO(pdubroy): Clean this up by introducing a special `Match<startAppl>` rule, which will
    // ensure that there is always a single root trace node.
    const rootTrace = this.trace[this.trace.length - 1];
    rootTrace.result = matchResult;
    return rootTrace;
  }

  pushFailuresInfo() {
    this._rightmostFailurePositionStack.push(this.rightmostFailurePosition);
    this._recordedFailuresStack.push(this.recordedFailures);
  }

  popFailuresInfo() {
    this.rightmostFailurePosition = this._rightmostFailurePositionStack.pop();
    this.recordedFailures = this._recordedFailuresStack.pop();
  }
}

class Matcher {
  constructor(grammar) {
    this.grammar = grammar;
    this._memoTable = [];
    this._input = '';
    this._isMemoTableStale = false;
  }

  _resetMemoTable() {
    this._memoTable = [];
    this._isMemoTableStale = false;
  }

  getInput() {
    return this._input;
  }

  setInput(str) {
    if (this._input !== str) {
      this.replaceInputRange(0, this._input.length, str);
    }
    return this;
  }

  replaceInputRange(startIdx, endIdx, str) {
    const prevInput = this._input;
    const memoTable = this._memoTable;
    if (
      startIdx < 0 ||
      startIdx > prevInput.length ||
      endIdx < 0 ||
      endIdx > prevInput.length ||
      startIdx > endIdx
    ) {
      throw new Error('Invalid indices: ' + startIdx + ' and ' + endIdx);
    }

    // update input
    this._input = prevInput.slice(0, startIdx) + str + prevInput.slice(endIdx);
    if (this._input !== prevInput && memoTable.length > 0) {
      this._isMemoTableStale = true;
    }

    // update memo table (similar to the above)
    const restOfMemoTable = memoTable.slice(endIdx);
    memoTable.length = startIdx;
    for (let idx = 0; idx < str.length; idx++) {
      memoTable.push(undefined);
    }
    for (const posInfo of restOfMemoTable) {
      memoTable.push(posInfo);
    }

    // Invalidate memoRecs
    for (let pos = 0; pos < startIdx; pos++) {
      const posInfo = memoTable[pos];
      if (posInfo) {
        posInfo.clearObsoleteEntries(pos, startIdx);
      }
    }

    return this;
  }

  match(optStartApplicationStr, options = {incremental: true}) {
    return this._match(this._getStartExpr(optStartApplicationStr), {
      incremental: options.incremental,
      tracing: false,
    });
  }

  trace(optStartApplicationStr, options = {incremental: true}) {
    return this._match(this._getStartExpr(optStartApplicationStr), {
      incremental: options.incremental,
      tracing: true,
    });
  }

  _match(startExpr, options = {}) {
    const opts = {
      tracing: false,
      incremental: true,
      positionToRecordFailures: undefined,
      ...options,
    };
    if (!opts.incremental) {
      this._resetMemoTable();
    } else if (this._isMemoTableStale && !this.grammar.supportsIncrementalParsing) {
      throw grammarDoesNotSupportIncrementalParsing(this.grammar);
    }

    const state = new MatchState(this, startExpr, opts.positionToRecordFailures);
    return opts.tracing ? state.getTrace() : state.getMatchResult();
  }

  /*
    Returns the starting expression for this Matcher's associated grammar. If
    `optStartApplicationStr` is specified, it is a string expressing a rule application in the
    grammar. If not specified, the grammar's default start rule will be used.
  */
  _getStartExpr(optStartApplicationStr) {
    const applicationStr = optStartApplicationStr || this.grammar.defaultStartRule;
    if (!applicationStr) {
      throw new Error('Missing start rule argument -- the grammar has no default start rule.');
    }

    const startApp = this.grammar.parseApplication(applicationStr);
    return new Seq([startApp, end]);
  }
}

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

const globalActionStack = [];

const hasOwnProperty = (x, prop) => Object.prototype.hasOwnProperty.call(x, prop);

// ----------------- Wrappers -----------------

// Wrappers decorate CST nodes with all of the functionality (i.e., operations and attributes)
// provided by a Semantics (see below). `Wrapper` is the abstract superclass of all wrappers. A
// `Wrapper` must have `_node` and `_semantics` instance variables, which refer to the CST node and
// Semantics (resp.) for which it was created, and a `_childWrappers` instance variable which is
// used to cache the wrapper instances that are created for its child nodes. Setting these instance
// variables is the responsibility of the constructor of each Semantics-specific subclass of
// `Wrapper`.
class Wrapper {
  constructor(node, sourceInterval, baseInterval) {
    this._node = node;
    this.source = sourceInterval;

    // The interval that the childOffsets of `node` are relative to. It should be the source
    // of the closest Nonterminal node.
    this._baseInterval = baseInterval;

    if (node.isNonterminal()) {
      assert(sourceInterval === baseInterval);
    }
    this._childWrappers = [];
  }

  _forgetMemoizedResultFor(attributeName) {
    // Remove the memoized attribute from the cstNode and all its children.
    delete this._node[this._semantics.attributeKeys[attributeName]];
    this.children.forEach(child => {
      child._forgetMemoizedResultFor(attributeName);
    });
  }

  // Returns the wrapper of the specified child node. Child wrappers are created lazily and
  // cached in the parent wrapper's `_childWrappers` instance variable.
  child(idx) {
    if (!(0 <= idx && idx < this._node.numChildren())) {
      // TODO: Consider throwing an exception here.
      return undefined;
    }
    let childWrapper = this._childWrappers[idx];
    if (!childWrapper) {
      const childNode = this._node.childAt(idx);
      const offset = this._node.childOffsets[idx];

      const source = this._baseInterval.subInterval(offset, childNode.matchLength);
      const base = childNode.isNonterminal() ? source : this._baseInterval;
      childWrapper = this._childWrappers[idx] = this._semantics.wrap(childNode, source, base);
    }
    return childWrapper;
  }

  // Returns an array containing the wrappers of all of the children of the node associated
  // with this wrapper.
  _children() {
    // Force the creation of all child wrappers
    for (let idx = 0; idx < this._node.numChildren(); idx++) {
      this.child(idx);
    }
    return this._childWrappers;
  }

  // Returns `true` if the CST node associated with this wrapper corresponds to an iteration
  // expression, i.e., a Kleene-*, Kleene-+, or an optional. Returns `false` otherwise.
  isIteration() {
    return this._node.isIteration();
  }

  // Returns `true` if the CST node associated with this wrapper is a terminal node, `false`
  // otherwise.
  isTerminal() {
    return this._node.isTerminal();
  }

  // Returns `true` if the CST node associated with this wrapper is a nonterminal node, `false`
  // otherwise.
  isNonterminal() {
    return this._node.isNonterminal();
  }

  // Returns `true` if the CST node associated with this wrapper is a nonterminal node
  // corresponding to a syntactic rule, `false` otherwise.
  isSyntactic() {
    return this.isNonterminal() && this._node.isSyntactic();
  }

  // Returns `true` if the CST node associated with this wrapper is a nonterminal node
  // corresponding to a lexical rule, `false` otherwise.
  isLexical() {
    return this.isNonterminal() && this._node.isLexical();
  }

  // Returns `true` if the CST node associated with this wrapper is an iterator node
  // having either one or no child (? operator), `false` otherwise.
  // Otherwise, throws an exception.
  isOptional() {
    return this._node.isOptional();
  }

  // Create a new _iter wrapper in the same semantics as this wrapper.
  iteration(optChildWrappers) {
    const childWrappers = optChildWrappers || [];

    const childNodes = childWrappers.map(c => c._node);
    const iter = new IterationNode(childNodes, [], -1, false);

    const wrapper = this._semantics.wrap(iter, null, null);
    wrapper._childWrappers = childWrappers;
    return wrapper;
  }

  // Returns an array containing the children of this CST node.
  get children() {
    return this._children();
  }

  // Returns the name of grammar rule that created this CST node.
  get ctorName() {
    return this._node.ctorName;
  }

  // Returns the number of children of this CST node.
  get numChildren() {
    return this._node.numChildren();
  }

  // Returns the contents of the input stream consumed by this CST node.
  get sourceString() {
    return this.source.contents;
  }
}

// ----------------- Semantics -----------------

// A Semantics is a container for a family of Operations and Attributes for a given grammar.
// Semantics enable modularity (different clients of a grammar can create their set of operations
// and attributes in isolation) and extensibility even when operations and attributes are mutually-
// recursive. This constructor should not be called directly except from
// `Semantics.createSemantics`. The normal ways to create a Semantics, given a grammar 'g', are
// `g.createSemantics()` and `g.extendSemantics(parentSemantics)`.
class Semantics {
  constructor(grammar, superSemantics) {
    const self = this;
    this.grammar = grammar;
    this.checkedActionDicts = false;

    // Constructor for wrapper instances, which are passed as the arguments to the semantic actions
    // of an operation or attribute. Operations and attributes require double dispatch: the semantic
    // action is chosen based on both the node's type and the semantics. Wrappers ensure that
    // the `execute` method is called with the correct (most specific) semantics object as an
    // argument.
    this.Wrapper = class extends (superSemantics ? superSemantics.Wrapper : Wrapper) {
      constructor(node, sourceInterval, baseInterval) {
        super(node, sourceInterval, baseInterval);
        self.checkActionDictsIfHaventAlready();
        this._semantics = self;
      }

      toString() {
        return '[semantics wrapper for ' + self.grammar.name + ']';
      }
    };

    this.super = superSemantics;
    if (superSemantics) {
      if (!(grammar.equals(this.super.grammar) || grammar._inheritsFrom(this.super.grammar))) {
        throw new Error(
          "Cannot extend a semantics for grammar '" +
            this.super.grammar.name +
            "' for use with grammar '" +
            grammar.name +
            "' (not a sub-grammar)"
        );
      }
      this.operations = Object.create(this.super.operations);
      this.attributes = Object.create(this.super.attributes);
      this.attributeKeys = Object.create(null);

      // Assign unique symbols for each of the attributes inherited from the super-semantics so that
      // they are memoized independently.

      for (const attributeName in this.attributes) {
        Object.defineProperty(this.attributeKeys, attributeName, {
          value: uniqueId(attributeName),
        });
      }
    } else {
      this.operations = Object.create(null);
      this.attributes = Object.create(null);
      this.attributeKeys = Object.create(null);
    }
  }

  toString() {
    return '[semantics for ' + this.grammar.name + ']';
  }

  checkActionDictsIfHaventAlready() {
    if (!this.checkedActionDicts) {
      this.checkActionDicts();
      this.checkedActionDicts = true;
    }
  }

  // Checks that the action dictionaries for all operations and attributes in this semantics,
  // including the ones that were inherited from the super-semantics, agree with the grammar.
  // Throws an exception if one or more of them doesn't.
  checkActionDicts() {
    let name;

    for (name in this.operations) {
      this.operations[name].checkActionDict(this.grammar);
    }

    for (name in this.attributes) {
      this.attributes[name].checkActionDict(this.grammar);
    }
  }

  toRecipe(semanticsOnly) {
    function hasSuperSemantics(s) {
      return s.super !== Semantics.BuiltInSemantics._getSemantics();
    }

    let str = '(function(g) {\n';
    if (hasSuperSemantics(this)) {
      str += '  var semantics = ' + this.super.toRecipe(true) + '(g';

      const superSemanticsGrammar = this.super.grammar;
      let relatedGrammar = this.grammar;
      while (relatedGrammar !== superSemanticsGrammar) {
        str += '.superGrammar';
        relatedGrammar = relatedGrammar.superGrammar;
      }

      str += ');\n';
      str += '  return g.extendSemantics(semantics)';
    } else {
      str += '  return g.createSemantics()';
    }
    ['Operation', 'Attribute'].forEach(type => {
      const semanticOperations = this[type.toLowerCase() + 's'];
      Object.keys(semanticOperations).forEach(name => {
        const {actionDict, formals, builtInDefault} = semanticOperations[name];

        let signature = name;
        if (formals.length > 0) {
          signature += '(' + formals.join(', ') + ')';
        }

        let method;
        if (hasSuperSemantics(this) && this.super[type.toLowerCase() + 's'][name]) {
          method = 'extend' + type;
        } else {
          method = 'add' + type;
        }
        str += '\n    .' + method + '(' + JSON.stringify(signature) + ', {';

        const srcArray = [];
        Object.keys(actionDict).forEach(actionName => {
          if (actionDict[actionName] !== builtInDefault) {
            let source = actionDict[actionName].toString().trim();

            // Convert method shorthand to plain old function syntax.
            // https://github.com/ohmjs/ohm/issues/263
            source = source.replace(/^.*\(/, 'function(');

            srcArray.push('\n      ' + JSON.stringify(actionName) + ': ' + source);
          }
        });
        str += srcArray.join(',') + '\n    })';
      });
    });
    str += ';\n  })';

    if (!semanticsOnly) {
      str =
        '(function() {\n' +
        '  var grammar = this.fromRecipe(' +
        this.grammar.toRecipe() +
        ');\n' +
        '  var semantics = ' +
        str +
        '(grammar);\n' +
        '  return semantics;\n' +
        '});\n';
    }

    return str;
  }

  addOperationOrAttribute(type, signature, actionDict) {
    const typePlural = type + 's';

    const parsedNameAndFormalArgs = parseSignature(signature, type);
    const {name} = parsedNameAndFormalArgs;
    const {formals} = parsedNameAndFormalArgs;

    // TODO: check that there are no duplicate formal arguments

    this.assertNewName(name, type);

    // Create the action dictionary for this operation / attribute that contains a `_default` action
    // which defines the default behavior of iteration, terminal, and non-terminal nodes...
    const builtInDefault = newDefaultAction(type, name, doIt);
    const realActionDict = {_default: builtInDefault};
    // ... and add in the actions supplied by the programmer, which may override some or all of the
    // default ones.
    Object.keys(actionDict).forEach(name => {
      realActionDict[name] = actionDict[name];
    });

    const entry =
      type === 'operation'
        ? new Operation(name, formals, realActionDict, builtInDefault)
        : new Attribute(name, realActionDict, builtInDefault);

    // The following check is not strictly necessary (it will happen later anyway) but it's better
    // to catch errors early.
    entry.checkActionDict(this.grammar);

    this[typePlural][name] = entry;

    function doIt(...args) {
      // Dispatch to most specific version of this operation / attribute -- it may have been
      // overridden by a sub-semantics.
      const thisThing = this._semantics[typePlural][name];

      // Check that the caller passed the correct number of arguments.
      if (arguments.length !== thisThing.formals.length) {
        throw new Error(
          'Invalid number of arguments passed to ' +
            name +
            ' ' +
            type +
            ' (expected ' +
            thisThing.formals.length +
            ', got ' +
            arguments.length +
            ')'
        );
      }

      // Create an "arguments object" from the arguments that were passed to this
      // operation / attribute.
      const argsObj = Object.create(null);
      for (const [idx, val] of Object.entries(args)) {
        const formal = thisThing.formals[idx];
        argsObj[formal] = val;
      }

      const oldArgs = this.args;
      this.args = argsObj;
      const ans = thisThing.execute(this._semantics, this);
      this.args = oldArgs;
      return ans;
    }

    if (type === 'operation') {
      this.Wrapper.prototype[name] = doIt;
      this.Wrapper.prototype[name].toString = function () {
        return '[' + name + ' operation]';
      };
    } else {
      Object.defineProperty(this.Wrapper.prototype, name, {
        get: doIt,
        configurable: true, // So the property can be deleted.
      });
      Object.defineProperty(this.attributeKeys, name, {
        value: uniqueId(name),
      });
    }
  }

  extendOperationOrAttribute(type, name, actionDict) {
    const typePlural = type + 's';

    // Make sure that `name` really is just a name, i.e., that it doesn't also contain formals.
    parseSignature(name, 'attribute');

    if (!(this.super && name in this.super[typePlural])) {
      throw new Error(
        'Cannot extend ' +
          type +
          " '" +
          name +
          "': did not inherit an " +
          type +
          ' with that name'
      );
    }
    if (hasOwnProperty(this[typePlural], name)) {
      throw new Error('Cannot extend ' + type + " '" + name + "' again");
    }

    // Create a new operation / attribute whose actionDict delegates to the super operation /
    // attribute's actionDict, and which has all the keys from `inheritedActionDict`.
    const inheritedFormals = this[typePlural][name].formals;
    const inheritedActionDict = this[typePlural][name].actionDict;
    const newActionDict = Object.create(inheritedActionDict);
    Object.keys(actionDict).forEach(name => {
      newActionDict[name] = actionDict[name];
    });

    this[typePlural][name] =
      type === 'operation'
        ? new Operation(name, inheritedFormals, newActionDict)
        : new Attribute(name, newActionDict);

    // The following check is not strictly necessary (it will happen later anyway) but it's better
    // to catch errors early.
    this[typePlural][name].checkActionDict(this.grammar);
  }

  assertNewName(name, type) {
    if (hasOwnProperty(Wrapper.prototype, name)) {
      throw new Error('Cannot add ' + type + " '" + name + "': that's a reserved name");
    }
    if (name in this.operations) {
      throw new Error(
        'Cannot add ' + type + " '" + name + "': an operation with that name already exists"
      );
    }
    if (name in this.attributes) {
      throw new Error(
        'Cannot add ' + type + " '" + name + "': an attribute with that name already exists"
      );
    }
  }

  // Returns a wrapper for the given CST `node` in this semantics.
  // If `node` is already a wrapper, returns `node` itself.  // TODO: why is this needed?
  wrap(node, source, optBaseInterval) {
    const baseInterval = optBaseInterval || source;
    return node instanceof this.Wrapper ? node : new this.Wrapper(node, source, baseInterval);
  }
}

function parseSignature(signature, type) {
  if (!Semantics.prototypeGrammar) {
    // The Operations and Attributes grammar won't be available while Ohm is loading,
    // but we can get away the following simplification b/c none of the operations
    // that are used while loading take arguments.
    assert(signature.indexOf('(') === -1);
    return {
      name: signature,
      formals: [],
    };
  }

  const r = Semantics.prototypeGrammar.match(
    signature,
    type === 'operation' ? 'OperationSignature' : 'AttributeSignature'
  );
  if (r.failed()) {
    throw new Error(r.message);
  }

  return Semantics.prototypeGrammarSemantics(r).parse();
}

function newDefaultAction(type, name, doIt) {
  return function (...children) {
    const thisThing = this._semantics.operations[name] || this._semantics.attributes[name];
    const args = thisThing.formals.map(formal => this.args[formal]);

    if (!this.isIteration() && children.length === 1) {
      // This CST node corresponds to a non-terminal in the grammar (e.g., AddExpr). The fact that
      // we got here means that this action dictionary doesn't have an action for this particular
      // non-terminal or a generic `_nonterminal` action.
      // As a convenience, if this node only has one child, we just return the result of applying
      // this operation / attribute to the child node.
      return doIt.apply(children[0], args);
    } else {
      // Otherwise, we throw an exception to let the programmer know that we don't know what
      // to do with this node.
      throw missingSemanticAction(this.ctorName, name, type, globalActionStack);
    }
  };
}

// Creates a new Semantics instance for `grammar`, inheriting operations and attributes from
// `optSuperSemantics`, if it is specified. Returns a function that acts as a proxy for the new
// Semantics instance. When that function is invoked with a CST node as an argument, it returns
// a wrapper for that node which gives access to the operations and attributes provided by this
// semantics.
Semantics.createSemantics = function (grammar, optSuperSemantics) {
  const s = new Semantics(
    grammar,
    optSuperSemantics !== undefined
      ? optSuperSemantics
      : Semantics.BuiltInSemantics._getSemantics()
  );

  // To enable clients to invoke a semantics like a function, return a function that acts as a proxy
  // for `s`, which is the real `Semantics` instance.
  const proxy = function ASemantics(matchResult) {
    if (!(matchResult instanceof MatchResult)) {
      throw new TypeError(
        'Semantics expected a MatchResult, but got ' +
          unexpectedObjToString(matchResult)
      );
    }
    if (matchResult.failed()) {
      throw new TypeError('cannot apply Semantics to ' + matchResult.toString());
    }

    const cst = matchResult._cst;
    if (cst.grammar !== grammar) {
      throw new Error(
        "Cannot use a MatchResult from grammar '" +
          cst.grammar.name +
          "' with a semantics for '" +
          grammar.name +
          "'"
      );
    }
    const inputStream = new InputStream(matchResult.input);
    return s.wrap(cst, inputStream.interval(matchResult._cstOffset, matchResult.input.length));
  };

  // Forward public methods from the proxy to the semantics instance.
  proxy.addOperation = function (signature, actionDict) {
    s.addOperationOrAttribute('operation', signature, actionDict);
    return proxy;
  };
  proxy.extendOperation = function (name, actionDict) {
    s.extendOperationOrAttribute('operation', name, actionDict);
    return proxy;
  };
  proxy.addAttribute = function (name, actionDict) {
    s.addOperationOrAttribute('attribute', name, actionDict);
    return proxy;
  };
  proxy.extendAttribute = function (name, actionDict) {
    s.extendOperationOrAttribute('attribute', name, actionDict);
    return proxy;
  };
  proxy._getActionDict = function (operationOrAttributeName) {
    const action =
      s.operations[operationOrAttributeName] || s.attributes[operationOrAttributeName];
    if (!action) {
      throw new Error(
        '"' +
          operationOrAttributeName +
          '" is not a valid operation or attribute ' +
          'name in this semantics for "' +
          grammar.name +
          '"'
      );
    }
    return action.actionDict;
  };
  proxy._remove = function (operationOrAttributeName) {
    let semantic;
    if (operationOrAttributeName in s.operations) {
      semantic = s.operations[operationOrAttributeName];
      delete s.operations[operationOrAttributeName];
    } else if (operationOrAttributeName in s.attributes) {
      semantic = s.attributes[operationOrAttributeName];
      delete s.attributes[operationOrAttributeName];
    }
    delete s.Wrapper.prototype[operationOrAttributeName];
    return semantic;
  };
  proxy.getOperationNames = function () {
    return Object.keys(s.operations);
  };
  proxy.getAttributeNames = function () {
    return Object.keys(s.attributes);
  };
  proxy.getGrammar = function () {
    return s.grammar;
  };
  proxy.toRecipe = function (semanticsOnly) {
    return s.toRecipe(semanticsOnly);
  };

  // Make the proxy's toString() work.
  proxy.toString = s.toString.bind(s);

  // Returns the semantics for the proxy.
  proxy._getSemantics = function () {
    return s;
  };

  return proxy;
};

// ----------------- Operation -----------------

// An Operation represents a function to be applied to a concrete syntax tree (CST) -- it's very
// similar to a Visitor (http://en.wikipedia.org/wiki/Visitor_pattern). An operation is executed by
// recursively walking the CST, and at each node, invoking the matching semantic action from
// `actionDict`. See `Operation.prototype.execute` for details of how a CST node's matching semantic
// action is found.
class Operation {
  constructor(name, formals, actionDict, builtInDefault) {
    this.name = name;
    this.formals = formals;
    this.actionDict = actionDict;
    this.builtInDefault = builtInDefault;
  }

  checkActionDict(grammar) {
    grammar._checkTopDownActionDict(this.typeName, this.name, this.actionDict);
  }

  // Execute this operation on the CST node associated with `nodeWrapper` in the context of the
  // given Semantics instance.
  execute(semantics, nodeWrapper) {
    try {
      // Look for a semantic action whose name matches the node's constructor name, which is either
      // the name of a rule in the grammar, or '_terminal' (for a terminal node), or '_iter' (for an
      // iteration node).
      const {ctorName} = nodeWrapper._node;
      let actionFn = this.actionDict[ctorName];
      if (actionFn) {
        globalActionStack.push([this, ctorName]);
        return actionFn.apply(nodeWrapper, nodeWrapper._children());
      }

      // The action dictionary does not contain a semantic action for this specific type of node.
      // If this is a nonterminal node and the programmer has provided a `_nonterminal` semantic
      // action, we invoke it:
      if (nodeWrapper.isNonterminal()) {
        actionFn = this.actionDict._nonterminal;
        if (actionFn) {
          globalActionStack.push([this, '_nonterminal', ctorName]);
          return actionFn.apply(nodeWrapper, nodeWrapper._children());
        }
      }

      // Otherwise, we invoke the '_default' semantic action.
      globalActionStack.push([this, 'default action', ctorName]);
      return this.actionDict._default.apply(nodeWrapper, nodeWrapper._children());
    } finally {
      globalActionStack.pop();
    }
  }
}

Operation.prototype.typeName = 'operation';

// ----------------- Attribute -----------------

// Attributes are Operations whose results are memoized. This means that, for any given semantics,
// the semantic action for a CST node will be invoked no more than once.
class Attribute extends Operation {
  constructor(name, actionDict, builtInDefault) {
    super(name, [], actionDict, builtInDefault);
  }

  execute(semantics, nodeWrapper) {
    const node = nodeWrapper._node;
    const key = semantics.attributeKeys[this.name];
    if (!hasOwnProperty(node, key)) {
      // The following is a super-send -- isn't JS beautiful? :/
      node[key] = Operation.prototype.execute.call(this, semantics, nodeWrapper);
    }
    return node[key];
  }
}

Attribute.prototype.typeName = 'attribute';

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

const SPECIAL_ACTION_NAMES = ['_iter', '_terminal', '_nonterminal', '_default'];

function getSortedRuleValues(grammar) {
  return Object.keys(grammar.rules)
    .sort()
    .map(name => grammar.rules[name]);
}

// Until ES2019, JSON was not a valid subset of JavaScript because U+2028 (line separator)
// and U+2029 (paragraph separator) are allowed in JSON string literals, but not in JS.
// This function properly encodes those two characters so that the resulting string is
// represents both valid JSON, and valid JavaScript (for ES2018 and below).
// See https://v8.dev/features/subsume-json for more details.
const jsonToJS = str => str.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

let ohmGrammar$1;
let buildGrammar$1;

class Grammar {
  constructor(name, superGrammar, rules, optDefaultStartRule) {
    this.name = name;
    this.superGrammar = superGrammar;
    this.rules = rules;
    if (optDefaultStartRule) {
      if (!(optDefaultStartRule in rules)) {
        throw new Error(
          "Invalid start rule: '" +
            optDefaultStartRule +
            "' is not a rule in grammar '" +
            name +
            "'"
        );
      }
      this.defaultStartRule = optDefaultStartRule;
    }
    this._matchStateInitializer = undefined;
    this.supportsIncrementalParsing = true;
  }

  matcher() {
    return new Matcher(this);
  }

  // Return true if the grammar is a built-in grammar, otherwise false.
  // NOTE: This might give an unexpected result if called before BuiltInRules is defined!
  isBuiltIn() {
    return this === Grammar.ProtoBuiltInRules || this === Grammar.BuiltInRules;
  }

  equals(g) {
    if (this === g) {
      return true;
    }
    // Do the cheapest comparisons first.
    if (
      g == null ||
      this.name !== g.name ||
      this.defaultStartRule !== g.defaultStartRule ||
      !(this.superGrammar === g.superGrammar || this.superGrammar.equals(g.superGrammar))
    ) {
      return false;
    }
    const myRules = getSortedRuleValues(this);
    const otherRules = getSortedRuleValues(g);
    return (
      myRules.length === otherRules.length &&
      myRules.every((rule, i) => {
        return (
          rule.description === otherRules[i].description &&
          rule.formals.join(',') === otherRules[i].formals.join(',') &&
          rule.body.toString() === otherRules[i].body.toString()
        );
      })
    );
  }

  match(input, optStartApplication) {
    const m = this.matcher();
    m.replaceInputRange(0, 0, input);
    return m.match(optStartApplication);
  }

  trace(input, optStartApplication) {
    const m = this.matcher();
    m.replaceInputRange(0, 0, input);
    return m.trace(optStartApplication);
  }

  createSemantics() {
    return Semantics.createSemantics(this);
  }

  extendSemantics(superSemantics) {
    return Semantics.createSemantics(this, superSemantics._getSemantics());
  }

  // Check that every key in `actionDict` corresponds to a semantic action, and that it maps to
  // a function of the correct arity. If not, throw an exception.
  _checkTopDownActionDict(what, name, actionDict) {
    const problems = [];

    for (const k in actionDict) {
      const v = actionDict[k];
      const isSpecialAction = SPECIAL_ACTION_NAMES.includes(k);

      if (!isSpecialAction && !(k in this.rules)) {
        problems.push(`'${k}' is not a valid semantic action for '${this.name}'`);
        continue;
      }
      if (typeof v !== 'function') {
        problems.push(`'${k}' must be a function in an action dictionary for '${this.name}'`);
        continue;
      }
      const actual = v.length;
      const expected = this._topDownActionArity(k);
      if (actual !== expected) {
        let details;
        if (k === '_iter' || k === '_nonterminal') {
          details =
            `it should use a rest parameter, e.g. \`${k}(...children) {}\`. ` +
            'NOTE: this is new in Ohm v16 — see https://ohmjs.org/d/ati for details.';
        } else {
          details = `expected ${expected}, got ${actual}`;
        }
        problems.push(`Semantic action '${k}' has the wrong arity: ${details}`);
      }
    }
    if (problems.length > 0) {
      const prettyProblems = problems.map(problem => '- ' + problem);
      const error = new Error(
        [
          `Found errors in the action dictionary of the '${name}' ${what}:`,
          ...prettyProblems,
        ].join('\n')
      );
      error.problems = problems;
      throw error;
    }
  }

  // Return the expected arity for a semantic action named `actionName`, which
  // is either a rule name or a special action name like '_nonterminal'.
  _topDownActionArity(actionName) {
    // All special actions have an expected arity of 0, though all but _terminal
    // are expected to use the rest parameter syntax (e.g. `_iter(...children)`).
    // This is considered to have arity 0, i.e. `((...args) => {}).length` is 0.
    return SPECIAL_ACTION_NAMES.includes(actionName)
      ? 0
      : this.rules[actionName].body.getArity();
  }

  _inheritsFrom(grammar) {
    let g = this.superGrammar;
    while (g) {
      if (g.equals(grammar, true)) {
        return true;
      }
      g = g.superGrammar;
    }
    return false;
  }

  toRecipe(superGrammarExpr = undefined) {
    const metaInfo = {};
    // Include the grammar source if it is available.
    if (this.source) {
      metaInfo.source = this.source.contents;
    }

    let startRule = null;
    if (this.defaultStartRule) {
      startRule = this.defaultStartRule;
    }

    const rules = {};
    Object.keys(this.rules).forEach(ruleName => {
      const ruleInfo = this.rules[ruleName];
      const {body} = ruleInfo;
      const isDefinition = !this.superGrammar || !this.superGrammar.rules[ruleName];

      let operation;
      if (isDefinition) {
        operation = 'define';
      } else {
        operation = body instanceof Extend ? 'extend' : 'override';
      }

      const metaInfo = {};
      if (ruleInfo.source && this.source) {
        const adjusted = ruleInfo.source.relativeTo(this.source);
        metaInfo.sourceInterval = [adjusted.startIdx, adjusted.endIdx];
      }

      const description = isDefinition ? ruleInfo.description : null;
      const bodyRecipe = body.outputRecipe(ruleInfo.formals, this.source);

      rules[ruleName] = [
        operation, // "define"/"extend"/"override"
        metaInfo,
        description,
        ruleInfo.formals,
        bodyRecipe,
      ];
    });

    // If the caller provided an expression to use for the supergrammar, use that.
    // Otherwise, if the supergrammar is a user grammar, use its recipe inline.
    let superGrammarOutput = 'null';
    if (superGrammarExpr) {
      superGrammarOutput = superGrammarExpr;
    } else if (this.superGrammar && !this.superGrammar.isBuiltIn()) {
      superGrammarOutput = this.superGrammar.toRecipe();
    }

    const recipeElements = [
      ...['grammar', metaInfo, this.name].map(JSON.stringify),
      superGrammarOutput,
      ...[startRule, rules].map(JSON.stringify),
    ];
    return jsonToJS(`[${recipeElements.join(',')}]`);
  }

  // TODO: Come up with better names for these methods.
  // TODO: Write the analog of these methods for inherited attributes.
  toOperationActionDictionaryTemplate() {
    return this._toOperationOrAttributeActionDictionaryTemplate();
  }
  toAttributeActionDictionaryTemplate() {
    return this._toOperationOrAttributeActionDictionaryTemplate();
  }

  _toOperationOrAttributeActionDictionaryTemplate() {
    // TODO: add the super-grammar's templates at the right place, e.g., a case for AddExpr_plus
    // should appear next to other cases of AddExpr.

    const sb = new StringBuffer();
    sb.append('{');

    let first = true;

    for (const ruleName in this.rules) {
      const {body} = this.rules[ruleName];
      if (first) {
        first = false;
      } else {
        sb.append(',');
      }
      sb.append('\n');
      sb.append('  ');
      this.addSemanticActionTemplate(ruleName, body, sb);
    }

    sb.append('\n}');
    return sb.contents();
  }

  addSemanticActionTemplate(ruleName, body, sb) {
    sb.append(ruleName);
    sb.append(': function(');
    const arity = this._topDownActionArity(ruleName);
    sb.append(repeat('_', arity).join(', '));
    sb.append(') {\n');
    sb.append('  }');
  }

  // Parse a string which expresses a rule application in this grammar, and return the
  // resulting Apply node.
  parseApplication(str) {
    let app;
    if (str.indexOf('<') === -1) {
      // simple application
      app = new Apply(str);
    } else {
      // parameterized application
      const cst = ohmGrammar$1.match(str, 'Base_application');
      app = buildGrammar$1(cst, {});
    }

    // Ensure that the application is valid.
    if (!(app.ruleName in this.rules)) {
      throw undeclaredRule(app.ruleName, this.name);
    }
    const {formals} = this.rules[app.ruleName];
    if (formals.length !== app.args.length) {
      const {source} = this.rules[app.ruleName];
      throw wrongNumberOfParameters(
        app.ruleName,
        formals.length,
        app.args.length,
        source
      );
    }
    return app;
  }

  _setUpMatchState(state) {
    if (this._matchStateInitializer) {
      this._matchStateInitializer(state);
    }
  }
}

// The following grammar contains a few rules that couldn't be written  in "userland".
// At the bottom of src/main.js, we create a sub-grammar of this grammar that's called
// `BuiltInRules`. That grammar contains several convenience rules, e.g., `letter` and
// `digit`, and is implicitly the super-grammar of any grammar whose super-grammar
// isn't specified.
Grammar.ProtoBuiltInRules = new Grammar(
  'ProtoBuiltInRules', // name
  undefined, // supergrammar
  {
    any: {
      body: any,
      formals: [],
      description: 'any character',
      primitive: true,
    },
    end: {
      body: end,
      formals: [],
      description: 'end of input',
      primitive: true,
    },

    caseInsensitive: {
      body: new CaseInsensitiveTerminal(new Param(0)),
      formals: ['str'],
      primitive: true,
    },
    lower: {
      body: new UnicodeChar('Ll'),
      formals: [],
      description: 'a lowercase letter',
      primitive: true,
    },
    upper: {
      body: new UnicodeChar('Lu'),
      formals: [],
      description: 'an uppercase letter',
      primitive: true,
    },
    // Union of Lt (titlecase), Lm (modifier), and Lo (other), i.e. any letter not in Ll or Lu.
    unicodeLtmo: {
      body: new UnicodeChar('Ltmo'),
      formals: [],
      description: 'a Unicode character in Lt, Lm, or Lo',
      primitive: true,
    },

    // These rules are not truly primitive (they could be written in userland) but are defined
    // here for bootstrapping purposes.
    spaces: {
      body: new Star(new Apply('space')),
      formals: [],
    },
    space: {
      body: new Range('\x00', ' '),
      formals: [],
      description: 'a space',
    },
  }
);

// This method is called from main.js once Ohm has loaded.
Grammar.initApplicationParser = function (grammar, builderFn) {
  ohmGrammar$1 = grammar;
  buildGrammar$1 = builderFn;
};

// --------------------------------------------------------------------
// Private Stuff
// --------------------------------------------------------------------

// Constructors

class GrammarDecl {
  constructor(name) {
    this.name = name;
  }

  // Helpers

  sourceInterval(startIdx, endIdx) {
    return this.source.subInterval(startIdx, endIdx - startIdx);
  }

  ensureSuperGrammar() {
    if (!this.superGrammar) {
      this.withSuperGrammar(
        // TODO: The conditional expression below is an ugly hack. It's kind of ok because
        // I doubt anyone will ever try to declare a grammar called `BuiltInRules`. Still,
        // we should try to find a better way to do this.
        this.name === 'BuiltInRules' ? Grammar.ProtoBuiltInRules : Grammar.BuiltInRules
      );
    }
    return this.superGrammar;
  }

  ensureSuperGrammarRuleForOverriding(name, source) {
    const ruleInfo = this.ensureSuperGrammar().rules[name];
    if (!ruleInfo) {
      throw cannotOverrideUndeclaredRule(name, this.superGrammar.name, source);
    }
    return ruleInfo;
  }

  installOverriddenOrExtendedRule(name, formals, body, source) {
    const duplicateParameterNames$1 = getDuplicates(formals);
    if (duplicateParameterNames$1.length > 0) {
      throw duplicateParameterNames(name, duplicateParameterNames$1, source);
    }
    const ruleInfo = this.ensureSuperGrammar().rules[name];
    const expectedFormals = ruleInfo.formals;
    const expectedNumFormals = expectedFormals ? expectedFormals.length : 0;
    if (formals.length !== expectedNumFormals) {
      throw wrongNumberOfParameters(name, expectedNumFormals, formals.length, source);
    }
    return this.install(name, formals, body, ruleInfo.description, source);
  }

  install(name, formals, body, description, source, primitive = false) {
    this.rules[name] = {
      body: body.introduceParams(formals),
      formals,
      description,
      source,
      primitive,
    };
    return this;
  }

  // Stuff that you should only do once

  withSuperGrammar(superGrammar) {
    if (this.superGrammar) {
      throw new Error('the super grammar of a GrammarDecl cannot be set more than once');
    }
    this.superGrammar = superGrammar;
    this.rules = Object.create(superGrammar.rules);

    // Grammars with an explicit supergrammar inherit a default start rule.
    if (!superGrammar.isBuiltIn()) {
      this.defaultStartRule = superGrammar.defaultStartRule;
    }
    return this;
  }

  withDefaultStartRule(ruleName) {
    this.defaultStartRule = ruleName;
    return this;
  }

  withSource(source) {
    this.source = new InputStream(source).interval(0, source.length);
    return this;
  }

  // Creates a Grammar instance, and if it passes the sanity checks, returns it.
  build() {
    const grammar = new Grammar(
      this.name,
      this.ensureSuperGrammar(),
      this.rules,
      this.defaultStartRule
    );
    // Initialize internal props that are inherited from the super grammar.
    grammar._matchStateInitializer = grammar.superGrammar._matchStateInitializer;
    grammar.supportsIncrementalParsing = grammar.superGrammar.supportsIncrementalParsing;

    // TODO: change the pexpr.prototype.assert... methods to make them add
    // exceptions to an array that's provided as an arg. Then we'll be able to
    // show more than one error of the same type at a time.
    // TODO: include the offending pexpr in the errors, that way we can show
    // the part of the source that caused it.
    const grammarErrors = [];
    let grammarHasInvalidApplications = false;
    Object.keys(grammar.rules).forEach(ruleName => {
      const {body} = grammar.rules[ruleName];
      try {
        body.assertChoicesHaveUniformArity(ruleName);
      } catch (e) {
        grammarErrors.push(e);
      }
      try {
        body.assertAllApplicationsAreValid(ruleName, grammar);
      } catch (e) {
        grammarErrors.push(e);
        grammarHasInvalidApplications = true;
      }
    });
    if (!grammarHasInvalidApplications) {
      // The following check can only be done if the grammar has no invalid applications.
      Object.keys(grammar.rules).forEach(ruleName => {
        const {body} = grammar.rules[ruleName];
        try {
          body.assertIteratedExprsAreNotNullable(grammar, []);
        } catch (e) {
          grammarErrors.push(e);
        }
      });
    }
    if (grammarErrors.length > 0) {
      throwErrors(grammarErrors);
    }
    if (this.source) {
      grammar.source = this.source;
    }

    return grammar;
  }

  // Rule declarations

  define(name, formals, body, description, source, primitive) {
    this.ensureSuperGrammar();
    if (this.superGrammar.rules[name]) {
      throw duplicateRuleDeclaration(name, this.name, this.superGrammar.name, source);
    } else if (this.rules[name]) {
      throw duplicateRuleDeclaration(name, this.name, this.name, source);
    }
    const duplicateParameterNames$1 = getDuplicates(formals);
    if (duplicateParameterNames$1.length > 0) {
      throw duplicateParameterNames(name, duplicateParameterNames$1, source);
    }
    return this.install(name, formals, body, description, source, primitive);
  }

  override(name, formals, body, descIgnored, source) {
    this.ensureSuperGrammarRuleForOverriding(name, source);
    this.installOverriddenOrExtendedRule(name, formals, body, source);
    return this;
  }

  extend(name, formals, fragment, descIgnored, source) {
    const ruleInfo = this.ensureSuperGrammar().rules[name];
    if (!ruleInfo) {
      throw cannotExtendUndeclaredRule(name, this.superGrammar.name, source);
    }
    const body = new Extend(this.superGrammar, name, fragment);
    body.source = fragment.source;
    this.installOverriddenOrExtendedRule(name, formals, body, source);
    return this;
  }
}

// --------------------------------------------------------------------
// Private stuff
// --------------------------------------------------------------------

class Builder {
  constructor(options) {
    this.currentDecl = null;
    this.currentRuleName = null;
    this.options = options || {};
  }

  newGrammar(name) {
    return new GrammarDecl(name);
  }

  grammar(metaInfo, name, superGrammar, defaultStartRule, rules) {
    const gDecl = new GrammarDecl(name);
    if (superGrammar) {
      // `superGrammar` may be a recipe (i.e. an Array), or an actual grammar instance.
      gDecl.withSuperGrammar(
        superGrammar instanceof Grammar ? superGrammar : this.fromRecipe(superGrammar)
      );
    }
    if (defaultStartRule) {
      gDecl.withDefaultStartRule(defaultStartRule);
    }
    if (metaInfo && metaInfo.source) {
      gDecl.withSource(metaInfo.source);
    }

    this.currentDecl = gDecl;
    Object.keys(rules).forEach(ruleName => {
      this.currentRuleName = ruleName;
      const ruleRecipe = rules[ruleName];

      const action = ruleRecipe[0]; // define/extend/override
      const metaInfo = ruleRecipe[1];
      const description = ruleRecipe[2];
      const formals = ruleRecipe[3];
      const body = this.fromRecipe(ruleRecipe[4]);

      let source;
      if (gDecl.source && metaInfo && metaInfo.sourceInterval) {
        source = gDecl.source.subInterval(
          metaInfo.sourceInterval[0],
          metaInfo.sourceInterval[1] - metaInfo.sourceInterval[0]
        );
      }
      gDecl[action](ruleName, formals, body, description, source);
    });
    this.currentRuleName = this.currentDecl = null;
    return gDecl.build();
  }

  terminal(x) {
    return new Terminal(x);
  }

  range(from, to) {
    return new Range(from, to);
  }

  param(index) {
    return new Param(index);
  }

  alt(...termArgs) {
    let terms = [];
    for (let arg of termArgs) {
      if (!(arg instanceof PExpr)) {
        arg = this.fromRecipe(arg);
      }
      if (arg instanceof Alt) {
        terms = terms.concat(arg.terms);
      } else {
        terms.push(arg);
      }
    }
    return terms.length === 1 ? terms[0] : new Alt(terms);
  }

  seq(...factorArgs) {
    let factors = [];
    for (let arg of factorArgs) {
      if (!(arg instanceof PExpr)) {
        arg = this.fromRecipe(arg);
      }
      if (arg instanceof Seq) {
        factors = factors.concat(arg.factors);
      } else {
        factors.push(arg);
      }
    }
    return factors.length === 1 ? factors[0] : new Seq(factors);
  }

  star(expr) {
    if (!(expr instanceof PExpr)) {
      expr = this.fromRecipe(expr);
    }
    return new Star(expr);
  }

  plus(expr) {
    if (!(expr instanceof PExpr)) {
      expr = this.fromRecipe(expr);
    }
    return new Plus(expr);
  }

  opt(expr) {
    if (!(expr instanceof PExpr)) {
      expr = this.fromRecipe(expr);
    }
    return new Opt(expr);
  }

  not(expr) {
    if (!(expr instanceof PExpr)) {
      expr = this.fromRecipe(expr);
    }
    return new Not(expr);
  }

  lookahead(expr) {
    if (!(expr instanceof PExpr)) {
      expr = this.fromRecipe(expr);
    }
    // For v18 compatibility, where we don't want a binding for lookahead.
    if (this.options.eliminateLookaheads) {
      return new Not(new Not(expr));
    }
    return new Lookahead(expr);
  }

  lex(expr) {
    if (!(expr instanceof PExpr)) {
      expr = this.fromRecipe(expr);
    }
    return new Lex(expr);
  }

  app(ruleName, optParams) {
    if (optParams && optParams.length > 0) {
      optParams = optParams.map(function (param) {
        return param instanceof PExpr ? param : this.fromRecipe(param);
      }, this);
    }
    return new Apply(ruleName, optParams);
  }

  // Note that unlike other methods in this class, this method cannot be used as a
  // convenience constructor. It only works with recipes, because it relies on
  // `this.currentDecl` and `this.currentRuleName` being set.
  splice(beforeTerms, afterTerms) {
    return new Splice(
      this.currentDecl.superGrammar,
      this.currentRuleName,
      beforeTerms.map(term => this.fromRecipe(term)),
      afterTerms.map(term => this.fromRecipe(term))
    );
  }

  fromRecipe(recipe) {
    // the meta-info of 'grammar' is processed in Builder.grammar
    const args = recipe[0] === 'grammar' ? recipe.slice(1) : recipe.slice(2);
    const result = this[recipe[0]](...args);

    const metaInfo = recipe[1];
    if (metaInfo) {
      if (metaInfo.sourceInterval && this.currentDecl) {
        result.withSource(this.currentDecl.sourceInterval(...metaInfo.sourceInterval));
      }
    }
    return result;
  }
}

function makeRecipe(recipe) {
  if (typeof recipe === 'function') {
    return recipe.call(new Builder());
  } else {
    if (typeof recipe === 'string') {
      // stringified JSON recipe
      recipe = JSON.parse(recipe);
    }
    return new Builder().fromRecipe(recipe);
  }
}

var BuiltInRules = makeRecipe(["grammar",{"source":"BuiltInRules {\n\n  alnum  (an alpha-numeric character)\n    = letter\n    | digit\n\n  letter  (a letter)\n    = lower\n    | upper\n    | unicodeLtmo\n\n  digit  (a digit)\n    = \"0\"..\"9\"\n\n  hexDigit  (a hexadecimal digit)\n    = digit\n    | \"a\"..\"f\"\n    | \"A\"..\"F\"\n\n  ListOf<elem, sep>\n    = NonemptyListOf<elem, sep>\n    | EmptyListOf<elem, sep>\n\n  NonemptyListOf<elem, sep>\n    = elem (sep elem)*\n\n  EmptyListOf<elem, sep>\n    = /* nothing */\n\n  listOf<elem, sep>\n    = nonemptyListOf<elem, sep>\n    | emptyListOf<elem, sep>\n\n  nonemptyListOf<elem, sep>\n    = elem (sep elem)*\n\n  emptyListOf<elem, sep>\n    = /* nothing */\n\n  // Allows a syntactic rule application within a lexical context.\n  applySyntactic<app> = app\n}"},"BuiltInRules",null,null,{"alnum":["define",{"sourceInterval":[18,78]},"an alpha-numeric character",[],["alt",{"sourceInterval":[60,78]},["app",{"sourceInterval":[60,66]},"letter",[]],["app",{"sourceInterval":[73,78]},"digit",[]]]],"letter":["define",{"sourceInterval":[82,142]},"a letter",[],["alt",{"sourceInterval":[107,142]},["app",{"sourceInterval":[107,112]},"lower",[]],["app",{"sourceInterval":[119,124]},"upper",[]],["app",{"sourceInterval":[131,142]},"unicodeLtmo",[]]]],"digit":["define",{"sourceInterval":[146,177]},"a digit",[],["range",{"sourceInterval":[169,177]},"0","9"]],"hexDigit":["define",{"sourceInterval":[181,254]},"a hexadecimal digit",[],["alt",{"sourceInterval":[219,254]},["app",{"sourceInterval":[219,224]},"digit",[]],["range",{"sourceInterval":[231,239]},"a","f"],["range",{"sourceInterval":[246,254]},"A","F"]]],"ListOf":["define",{"sourceInterval":[258,336]},null,["elem","sep"],["alt",{"sourceInterval":[282,336]},["app",{"sourceInterval":[282,307]},"NonemptyListOf",[["param",{"sourceInterval":[297,301]},0],["param",{"sourceInterval":[303,306]},1]]],["app",{"sourceInterval":[314,336]},"EmptyListOf",[["param",{"sourceInterval":[326,330]},0],["param",{"sourceInterval":[332,335]},1]]]]],"NonemptyListOf":["define",{"sourceInterval":[340,388]},null,["elem","sep"],["seq",{"sourceInterval":[372,388]},["param",{"sourceInterval":[372,376]},0],["star",{"sourceInterval":[377,388]},["seq",{"sourceInterval":[378,386]},["param",{"sourceInterval":[378,381]},1],["param",{"sourceInterval":[382,386]},0]]]]],"EmptyListOf":["define",{"sourceInterval":[392,434]},null,["elem","sep"],["seq",{"sourceInterval":[438,438]}]],"listOf":["define",{"sourceInterval":[438,516]},null,["elem","sep"],["alt",{"sourceInterval":[462,516]},["app",{"sourceInterval":[462,487]},"nonemptyListOf",[["param",{"sourceInterval":[477,481]},0],["param",{"sourceInterval":[483,486]},1]]],["app",{"sourceInterval":[494,516]},"emptyListOf",[["param",{"sourceInterval":[506,510]},0],["param",{"sourceInterval":[512,515]},1]]]]],"nonemptyListOf":["define",{"sourceInterval":[520,568]},null,["elem","sep"],["seq",{"sourceInterval":[552,568]},["param",{"sourceInterval":[552,556]},0],["star",{"sourceInterval":[557,568]},["seq",{"sourceInterval":[558,566]},["param",{"sourceInterval":[558,561]},1],["param",{"sourceInterval":[562,566]},0]]]]],"emptyListOf":["define",{"sourceInterval":[572,682]},null,["elem","sep"],["seq",{"sourceInterval":[685,685]}]],"applySyntactic":["define",{"sourceInterval":[685,710]},null,["app"],["param",{"sourceInterval":[707,710]},0]]}]);

Grammar.BuiltInRules = BuiltInRules;
announceBuiltInRules(Grammar.BuiltInRules);

var ohmGrammar = makeRecipe(["grammar",{"source":"Ohm {\n\n  Grammars\n    = Grammar*\n\n  Grammar\n    = ident SuperGrammar? \"{\" Rule* \"}\"\n\n  SuperGrammar\n    = \"<:\" ident\n\n  Rule\n    = ident Formals? ruleDescr? \"=\"  RuleBody  -- define\n    | ident Formals?            \":=\" OverrideRuleBody  -- override\n    | ident Formals?            \"+=\" RuleBody  -- extend\n\n  RuleBody\n    = \"|\"? NonemptyListOf<TopLevelTerm, \"|\">\n\n  TopLevelTerm\n    = Seq caseName  -- inline\n    | Seq\n\n  OverrideRuleBody\n    = \"|\"? NonemptyListOf<OverrideTopLevelTerm, \"|\">\n\n  OverrideTopLevelTerm\n    = \"...\"  -- superSplice\n    | TopLevelTerm\n\n  Formals\n    = \"<\" ListOf<ident, \",\"> \">\"\n\n  Params\n    = \"<\" ListOf<Seq, \",\"> \">\"\n\n  Alt\n    = NonemptyListOf<Seq, \"|\">\n\n  Seq\n    = Iter*\n\n  Iter\n    = Pred \"*\"  -- star\n    | Pred \"+\"  -- plus\n    | Pred \"?\"  -- opt\n    | Pred\n\n  Pred\n    = \"~\" Lex  -- not\n    | \"&\" Lex  -- lookahead\n    | Lex\n\n  Lex\n    = \"#\" Base  -- lex\n    | Base\n\n  Base\n    = ident Params? ~(ruleDescr? \"=\" | \":=\" | \"+=\")  -- application\n    | oneCharTerminal \"..\" oneCharTerminal           -- range\n    | terminal                                       -- terminal\n    | \"(\" Alt \")\"                                    -- paren\n\n  ruleDescr  (a rule description)\n    = \"(\" ruleDescrText \")\"\n\n  ruleDescrText\n    = (~\")\" any)*\n\n  caseName\n    = \"--\" (~\"\\n\" space)* name (~\"\\n\" space)* (\"\\n\" | &\"}\")\n\n  name  (a name)\n    = nameFirst nameRest*\n\n  nameFirst\n    = \"_\"\n    | letter\n\n  nameRest\n    = \"_\"\n    | alnum\n\n  ident  (an identifier)\n    = name\n\n  terminal\n    = \"\\\"\" terminalChar* \"\\\"\"\n\n  oneCharTerminal\n    = \"\\\"\" terminalChar \"\\\"\"\n\n  terminalChar\n    = escapeChar\n      | ~\"\\\\\" ~\"\\\"\" ~\"\\n\" \"\\u{0}\"..\"\\u{10FFFF}\"\n\n  escapeChar  (an escape sequence)\n    = \"\\\\\\\\\"                                     -- backslash\n    | \"\\\\\\\"\"                                     -- doubleQuote\n    | \"\\\\\\'\"                                     -- singleQuote\n    | \"\\\\b\"                                      -- backspace\n    | \"\\\\n\"                                      -- lineFeed\n    | \"\\\\r\"                                      -- carriageReturn\n    | \"\\\\t\"                                      -- tab\n    | \"\\\\u{\" hexDigit hexDigit? hexDigit?\n             hexDigit? hexDigit? hexDigit? \"}\"   -- unicodeCodePoint\n    | \"\\\\u\" hexDigit hexDigit hexDigit hexDigit  -- unicodeEscape\n    | \"\\\\x\" hexDigit hexDigit                    -- hexEscape\n\n  space\n   += comment\n\n  comment\n    = \"//\" (~\"\\n\" any)* &(\"\\n\" | end)  -- singleLine\n    | \"/*\" (~\"*/\" any)* \"*/\"  -- multiLine\n\n  tokens = token*\n\n  token = caseName | comment | ident | operator | punctuation | terminal | any\n\n  operator = \"<:\" | \"=\" | \":=\" | \"+=\" | \"*\" | \"+\" | \"?\" | \"~\" | \"&\"\n\n  punctuation = \"<\" | \">\" | \",\" | \"--\"\n}"},"Ohm",null,"Grammars",{"Grammars":["define",{"sourceInterval":[9,32]},null,[],["star",{"sourceInterval":[24,32]},["app",{"sourceInterval":[24,31]},"Grammar",[]]]],"Grammar":["define",{"sourceInterval":[36,83]},null,[],["seq",{"sourceInterval":[50,83]},["app",{"sourceInterval":[50,55]},"ident",[]],["opt",{"sourceInterval":[56,69]},["app",{"sourceInterval":[56,68]},"SuperGrammar",[]]],["terminal",{"sourceInterval":[70,73]},"{"],["star",{"sourceInterval":[74,79]},["app",{"sourceInterval":[74,78]},"Rule",[]]],["terminal",{"sourceInterval":[80,83]},"}"]]],"SuperGrammar":["define",{"sourceInterval":[87,116]},null,[],["seq",{"sourceInterval":[106,116]},["terminal",{"sourceInterval":[106,110]},"<:"],["app",{"sourceInterval":[111,116]},"ident",[]]]],"Rule_define":["define",{"sourceInterval":[131,181]},null,[],["seq",{"sourceInterval":[131,170]},["app",{"sourceInterval":[131,136]},"ident",[]],["opt",{"sourceInterval":[137,145]},["app",{"sourceInterval":[137,144]},"Formals",[]]],["opt",{"sourceInterval":[146,156]},["app",{"sourceInterval":[146,155]},"ruleDescr",[]]],["terminal",{"sourceInterval":[157,160]},"="],["app",{"sourceInterval":[162,170]},"RuleBody",[]]]],"Rule_override":["define",{"sourceInterval":[188,248]},null,[],["seq",{"sourceInterval":[188,235]},["app",{"sourceInterval":[188,193]},"ident",[]],["opt",{"sourceInterval":[194,202]},["app",{"sourceInterval":[194,201]},"Formals",[]]],["terminal",{"sourceInterval":[214,218]},":="],["app",{"sourceInterval":[219,235]},"OverrideRuleBody",[]]]],"Rule_extend":["define",{"sourceInterval":[255,305]},null,[],["seq",{"sourceInterval":[255,294]},["app",{"sourceInterval":[255,260]},"ident",[]],["opt",{"sourceInterval":[261,269]},["app",{"sourceInterval":[261,268]},"Formals",[]]],["terminal",{"sourceInterval":[281,285]},"+="],["app",{"sourceInterval":[286,294]},"RuleBody",[]]]],"Rule":["define",{"sourceInterval":[120,305]},null,[],["alt",{"sourceInterval":[131,305]},["app",{"sourceInterval":[131,170]},"Rule_define",[]],["app",{"sourceInterval":[188,235]},"Rule_override",[]],["app",{"sourceInterval":[255,294]},"Rule_extend",[]]]],"RuleBody":["define",{"sourceInterval":[309,362]},null,[],["seq",{"sourceInterval":[324,362]},["opt",{"sourceInterval":[324,328]},["terminal",{"sourceInterval":[324,327]},"|"]],["app",{"sourceInterval":[329,362]},"NonemptyListOf",[["app",{"sourceInterval":[344,356]},"TopLevelTerm",[]],["terminal",{"sourceInterval":[358,361]},"|"]]]]],"TopLevelTerm_inline":["define",{"sourceInterval":[385,408]},null,[],["seq",{"sourceInterval":[385,397]},["app",{"sourceInterval":[385,388]},"Seq",[]],["app",{"sourceInterval":[389,397]},"caseName",[]]]],"TopLevelTerm":["define",{"sourceInterval":[366,418]},null,[],["alt",{"sourceInterval":[385,418]},["app",{"sourceInterval":[385,397]},"TopLevelTerm_inline",[]],["app",{"sourceInterval":[415,418]},"Seq",[]]]],"OverrideRuleBody":["define",{"sourceInterval":[422,491]},null,[],["seq",{"sourceInterval":[445,491]},["opt",{"sourceInterval":[445,449]},["terminal",{"sourceInterval":[445,448]},"|"]],["app",{"sourceInterval":[450,491]},"NonemptyListOf",[["app",{"sourceInterval":[465,485]},"OverrideTopLevelTerm",[]],["terminal",{"sourceInterval":[487,490]},"|"]]]]],"OverrideTopLevelTerm_superSplice":["define",{"sourceInterval":[522,543]},null,[],["terminal",{"sourceInterval":[522,527]},"..."]],"OverrideTopLevelTerm":["define",{"sourceInterval":[495,562]},null,[],["alt",{"sourceInterval":[522,562]},["app",{"sourceInterval":[522,527]},"OverrideTopLevelTerm_superSplice",[]],["app",{"sourceInterval":[550,562]},"TopLevelTerm",[]]]],"Formals":["define",{"sourceInterval":[566,606]},null,[],["seq",{"sourceInterval":[580,606]},["terminal",{"sourceInterval":[580,583]},"<"],["app",{"sourceInterval":[584,602]},"ListOf",[["app",{"sourceInterval":[591,596]},"ident",[]],["terminal",{"sourceInterval":[598,601]},","]]],["terminal",{"sourceInterval":[603,606]},">"]]],"Params":["define",{"sourceInterval":[610,647]},null,[],["seq",{"sourceInterval":[623,647]},["terminal",{"sourceInterval":[623,626]},"<"],["app",{"sourceInterval":[627,643]},"ListOf",[["app",{"sourceInterval":[634,637]},"Seq",[]],["terminal",{"sourceInterval":[639,642]},","]]],["terminal",{"sourceInterval":[644,647]},">"]]],"Alt":["define",{"sourceInterval":[651,685]},null,[],["app",{"sourceInterval":[661,685]},"NonemptyListOf",[["app",{"sourceInterval":[676,679]},"Seq",[]],["terminal",{"sourceInterval":[681,684]},"|"]]]],"Seq":["define",{"sourceInterval":[689,704]},null,[],["star",{"sourceInterval":[699,704]},["app",{"sourceInterval":[699,703]},"Iter",[]]]],"Iter_star":["define",{"sourceInterval":[719,736]},null,[],["seq",{"sourceInterval":[719,727]},["app",{"sourceInterval":[719,723]},"Pred",[]],["terminal",{"sourceInterval":[724,727]},"*"]]],"Iter_plus":["define",{"sourceInterval":[743,760]},null,[],["seq",{"sourceInterval":[743,751]},["app",{"sourceInterval":[743,747]},"Pred",[]],["terminal",{"sourceInterval":[748,751]},"+"]]],"Iter_opt":["define",{"sourceInterval":[767,783]},null,[],["seq",{"sourceInterval":[767,775]},["app",{"sourceInterval":[767,771]},"Pred",[]],["terminal",{"sourceInterval":[772,775]},"?"]]],"Iter":["define",{"sourceInterval":[708,794]},null,[],["alt",{"sourceInterval":[719,794]},["app",{"sourceInterval":[719,727]},"Iter_star",[]],["app",{"sourceInterval":[743,751]},"Iter_plus",[]],["app",{"sourceInterval":[767,775]},"Iter_opt",[]],["app",{"sourceInterval":[790,794]},"Pred",[]]]],"Pred_not":["define",{"sourceInterval":[809,824]},null,[],["seq",{"sourceInterval":[809,816]},["terminal",{"sourceInterval":[809,812]},"~"],["app",{"sourceInterval":[813,816]},"Lex",[]]]],"Pred_lookahead":["define",{"sourceInterval":[831,852]},null,[],["seq",{"sourceInterval":[831,838]},["terminal",{"sourceInterval":[831,834]},"&"],["app",{"sourceInterval":[835,838]},"Lex",[]]]],"Pred":["define",{"sourceInterval":[798,862]},null,[],["alt",{"sourceInterval":[809,862]},["app",{"sourceInterval":[809,816]},"Pred_not",[]],["app",{"sourceInterval":[831,838]},"Pred_lookahead",[]],["app",{"sourceInterval":[859,862]},"Lex",[]]]],"Lex_lex":["define",{"sourceInterval":[876,892]},null,[],["seq",{"sourceInterval":[876,884]},["terminal",{"sourceInterval":[876,879]},"#"],["app",{"sourceInterval":[880,884]},"Base",[]]]],"Lex":["define",{"sourceInterval":[866,903]},null,[],["alt",{"sourceInterval":[876,903]},["app",{"sourceInterval":[876,884]},"Lex_lex",[]],["app",{"sourceInterval":[899,903]},"Base",[]]]],"Base_application":["define",{"sourceInterval":[918,979]},null,[],["seq",{"sourceInterval":[918,963]},["app",{"sourceInterval":[918,923]},"ident",[]],["opt",{"sourceInterval":[924,931]},["app",{"sourceInterval":[924,930]},"Params",[]]],["not",{"sourceInterval":[932,963]},["alt",{"sourceInterval":[934,962]},["seq",{"sourceInterval":[934,948]},["opt",{"sourceInterval":[934,944]},["app",{"sourceInterval":[934,943]},"ruleDescr",[]]],["terminal",{"sourceInterval":[945,948]},"="]],["terminal",{"sourceInterval":[951,955]},":="],["terminal",{"sourceInterval":[958,962]},"+="]]]]],"Base_range":["define",{"sourceInterval":[986,1041]},null,[],["seq",{"sourceInterval":[986,1022]},["app",{"sourceInterval":[986,1001]},"oneCharTerminal",[]],["terminal",{"sourceInterval":[1002,1006]},".."],["app",{"sourceInterval":[1007,1022]},"oneCharTerminal",[]]]],"Base_terminal":["define",{"sourceInterval":[1048,1106]},null,[],["app",{"sourceInterval":[1048,1056]},"terminal",[]]],"Base_paren":["define",{"sourceInterval":[1113,1168]},null,[],["seq",{"sourceInterval":[1113,1124]},["terminal",{"sourceInterval":[1113,1116]},"("],["app",{"sourceInterval":[1117,1120]},"Alt",[]],["terminal",{"sourceInterval":[1121,1124]},")"]]],"Base":["define",{"sourceInterval":[907,1168]},null,[],["alt",{"sourceInterval":[918,1168]},["app",{"sourceInterval":[918,963]},"Base_application",[]],["app",{"sourceInterval":[986,1022]},"Base_range",[]],["app",{"sourceInterval":[1048,1056]},"Base_terminal",[]],["app",{"sourceInterval":[1113,1124]},"Base_paren",[]]]],"ruleDescr":["define",{"sourceInterval":[1172,1231]},"a rule description",[],["seq",{"sourceInterval":[1210,1231]},["terminal",{"sourceInterval":[1210,1213]},"("],["app",{"sourceInterval":[1214,1227]},"ruleDescrText",[]],["terminal",{"sourceInterval":[1228,1231]},")"]]],"ruleDescrText":["define",{"sourceInterval":[1235,1266]},null,[],["star",{"sourceInterval":[1255,1266]},["seq",{"sourceInterval":[1256,1264]},["not",{"sourceInterval":[1256,1260]},["terminal",{"sourceInterval":[1257,1260]},")"]],["app",{"sourceInterval":[1261,1264]},"any",[]]]]],"caseName":["define",{"sourceInterval":[1270,1338]},null,[],["seq",{"sourceInterval":[1285,1338]},["terminal",{"sourceInterval":[1285,1289]},"--"],["star",{"sourceInterval":[1290,1304]},["seq",{"sourceInterval":[1291,1302]},["not",{"sourceInterval":[1291,1296]},["terminal",{"sourceInterval":[1292,1296]},"\n"]],["app",{"sourceInterval":[1297,1302]},"space",[]]]],["app",{"sourceInterval":[1305,1309]},"name",[]],["star",{"sourceInterval":[1310,1324]},["seq",{"sourceInterval":[1311,1322]},["not",{"sourceInterval":[1311,1316]},["terminal",{"sourceInterval":[1312,1316]},"\n"]],["app",{"sourceInterval":[1317,1322]},"space",[]]]],["alt",{"sourceInterval":[1326,1337]},["terminal",{"sourceInterval":[1326,1330]},"\n"],["lookahead",{"sourceInterval":[1333,1337]},["terminal",{"sourceInterval":[1334,1337]},"}"]]]]],"name":["define",{"sourceInterval":[1342,1382]},"a name",[],["seq",{"sourceInterval":[1363,1382]},["app",{"sourceInterval":[1363,1372]},"nameFirst",[]],["star",{"sourceInterval":[1373,1382]},["app",{"sourceInterval":[1373,1381]},"nameRest",[]]]]],"nameFirst":["define",{"sourceInterval":[1386,1418]},null,[],["alt",{"sourceInterval":[1402,1418]},["terminal",{"sourceInterval":[1402,1405]},"_"],["app",{"sourceInterval":[1412,1418]},"letter",[]]]],"nameRest":["define",{"sourceInterval":[1422,1452]},null,[],["alt",{"sourceInterval":[1437,1452]},["terminal",{"sourceInterval":[1437,1440]},"_"],["app",{"sourceInterval":[1447,1452]},"alnum",[]]]],"ident":["define",{"sourceInterval":[1456,1489]},"an identifier",[],["app",{"sourceInterval":[1485,1489]},"name",[]]],"terminal":["define",{"sourceInterval":[1493,1531]},null,[],["seq",{"sourceInterval":[1508,1531]},["terminal",{"sourceInterval":[1508,1512]},"\""],["star",{"sourceInterval":[1513,1526]},["app",{"sourceInterval":[1513,1525]},"terminalChar",[]]],["terminal",{"sourceInterval":[1527,1531]},"\""]]],"oneCharTerminal":["define",{"sourceInterval":[1535,1579]},null,[],["seq",{"sourceInterval":[1557,1579]},["terminal",{"sourceInterval":[1557,1561]},"\""],["app",{"sourceInterval":[1562,1574]},"terminalChar",[]],["terminal",{"sourceInterval":[1575,1579]},"\""]]],"terminalChar":["define",{"sourceInterval":[1583,1660]},null,[],["alt",{"sourceInterval":[1602,1660]},["app",{"sourceInterval":[1602,1612]},"escapeChar",[]],["seq",{"sourceInterval":[1621,1660]},["not",{"sourceInterval":[1621,1626]},["terminal",{"sourceInterval":[1622,1626]},"\\"]],["not",{"sourceInterval":[1627,1632]},["terminal",{"sourceInterval":[1628,1632]},"\""]],["not",{"sourceInterval":[1633,1638]},["terminal",{"sourceInterval":[1634,1638]},"\n"]],["range",{"sourceInterval":[1639,1660]},"\u0000","􏿿"]]]],"escapeChar_backslash":["define",{"sourceInterval":[1703,1758]},null,[],["terminal",{"sourceInterval":[1703,1709]},"\\\\"]],"escapeChar_doubleQuote":["define",{"sourceInterval":[1765,1822]},null,[],["terminal",{"sourceInterval":[1765,1771]},"\\\""]],"escapeChar_singleQuote":["define",{"sourceInterval":[1829,1886]},null,[],["terminal",{"sourceInterval":[1829,1835]},"\\'"]],"escapeChar_backspace":["define",{"sourceInterval":[1893,1948]},null,[],["terminal",{"sourceInterval":[1893,1898]},"\\b"]],"escapeChar_lineFeed":["define",{"sourceInterval":[1955,2009]},null,[],["terminal",{"sourceInterval":[1955,1960]},"\\n"]],"escapeChar_carriageReturn":["define",{"sourceInterval":[2016,2076]},null,[],["terminal",{"sourceInterval":[2016,2021]},"\\r"]],"escapeChar_tab":["define",{"sourceInterval":[2083,2132]},null,[],["terminal",{"sourceInterval":[2083,2088]},"\\t"]],"escapeChar_unicodeCodePoint":["define",{"sourceInterval":[2139,2243]},null,[],["seq",{"sourceInterval":[2139,2221]},["terminal",{"sourceInterval":[2139,2145]},"\\u{"],["app",{"sourceInterval":[2146,2154]},"hexDigit",[]],["opt",{"sourceInterval":[2155,2164]},["app",{"sourceInterval":[2155,2163]},"hexDigit",[]]],["opt",{"sourceInterval":[2165,2174]},["app",{"sourceInterval":[2165,2173]},"hexDigit",[]]],["opt",{"sourceInterval":[2188,2197]},["app",{"sourceInterval":[2188,2196]},"hexDigit",[]]],["opt",{"sourceInterval":[2198,2207]},["app",{"sourceInterval":[2198,2206]},"hexDigit",[]]],["opt",{"sourceInterval":[2208,2217]},["app",{"sourceInterval":[2208,2216]},"hexDigit",[]]],["terminal",{"sourceInterval":[2218,2221]},"}"]]],"escapeChar_unicodeEscape":["define",{"sourceInterval":[2250,2309]},null,[],["seq",{"sourceInterval":[2250,2291]},["terminal",{"sourceInterval":[2250,2255]},"\\u"],["app",{"sourceInterval":[2256,2264]},"hexDigit",[]],["app",{"sourceInterval":[2265,2273]},"hexDigit",[]],["app",{"sourceInterval":[2274,2282]},"hexDigit",[]],["app",{"sourceInterval":[2283,2291]},"hexDigit",[]]]],"escapeChar_hexEscape":["define",{"sourceInterval":[2316,2371]},null,[],["seq",{"sourceInterval":[2316,2339]},["terminal",{"sourceInterval":[2316,2321]},"\\x"],["app",{"sourceInterval":[2322,2330]},"hexDigit",[]],["app",{"sourceInterval":[2331,2339]},"hexDigit",[]]]],"escapeChar":["define",{"sourceInterval":[1664,2371]},"an escape sequence",[],["alt",{"sourceInterval":[1703,2371]},["app",{"sourceInterval":[1703,1709]},"escapeChar_backslash",[]],["app",{"sourceInterval":[1765,1771]},"escapeChar_doubleQuote",[]],["app",{"sourceInterval":[1829,1835]},"escapeChar_singleQuote",[]],["app",{"sourceInterval":[1893,1898]},"escapeChar_backspace",[]],["app",{"sourceInterval":[1955,1960]},"escapeChar_lineFeed",[]],["app",{"sourceInterval":[2016,2021]},"escapeChar_carriageReturn",[]],["app",{"sourceInterval":[2083,2088]},"escapeChar_tab",[]],["app",{"sourceInterval":[2139,2221]},"escapeChar_unicodeCodePoint",[]],["app",{"sourceInterval":[2250,2291]},"escapeChar_unicodeEscape",[]],["app",{"sourceInterval":[2316,2339]},"escapeChar_hexEscape",[]]]],"space":["extend",{"sourceInterval":[2375,2394]},null,[],["app",{"sourceInterval":[2387,2394]},"comment",[]]],"comment_singleLine":["define",{"sourceInterval":[2412,2458]},null,[],["seq",{"sourceInterval":[2412,2443]},["terminal",{"sourceInterval":[2412,2416]},"//"],["star",{"sourceInterval":[2417,2429]},["seq",{"sourceInterval":[2418,2427]},["not",{"sourceInterval":[2418,2423]},["terminal",{"sourceInterval":[2419,2423]},"\n"]],["app",{"sourceInterval":[2424,2427]},"any",[]]]],["lookahead",{"sourceInterval":[2430,2443]},["alt",{"sourceInterval":[2432,2442]},["terminal",{"sourceInterval":[2432,2436]},"\n"],["app",{"sourceInterval":[2439,2442]},"end",[]]]]]],"comment_multiLine":["define",{"sourceInterval":[2465,2501]},null,[],["seq",{"sourceInterval":[2465,2487]},["terminal",{"sourceInterval":[2465,2469]},"/*"],["star",{"sourceInterval":[2470,2482]},["seq",{"sourceInterval":[2471,2480]},["not",{"sourceInterval":[2471,2476]},["terminal",{"sourceInterval":[2472,2476]},"*/"]],["app",{"sourceInterval":[2477,2480]},"any",[]]]],["terminal",{"sourceInterval":[2483,2487]},"*/"]]],"comment":["define",{"sourceInterval":[2398,2501]},null,[],["alt",{"sourceInterval":[2412,2501]},["app",{"sourceInterval":[2412,2443]},"comment_singleLine",[]],["app",{"sourceInterval":[2465,2487]},"comment_multiLine",[]]]],"tokens":["define",{"sourceInterval":[2505,2520]},null,[],["star",{"sourceInterval":[2514,2520]},["app",{"sourceInterval":[2514,2519]},"token",[]]]],"token":["define",{"sourceInterval":[2524,2600]},null,[],["alt",{"sourceInterval":[2532,2600]},["app",{"sourceInterval":[2532,2540]},"caseName",[]],["app",{"sourceInterval":[2543,2550]},"comment",[]],["app",{"sourceInterval":[2553,2558]},"ident",[]],["app",{"sourceInterval":[2561,2569]},"operator",[]],["app",{"sourceInterval":[2572,2583]},"punctuation",[]],["app",{"sourceInterval":[2586,2594]},"terminal",[]],["app",{"sourceInterval":[2597,2600]},"any",[]]]],"operator":["define",{"sourceInterval":[2604,2669]},null,[],["alt",{"sourceInterval":[2615,2669]},["terminal",{"sourceInterval":[2615,2619]},"<:"],["terminal",{"sourceInterval":[2622,2625]},"="],["terminal",{"sourceInterval":[2628,2632]},":="],["terminal",{"sourceInterval":[2635,2639]},"+="],["terminal",{"sourceInterval":[2642,2645]},"*"],["terminal",{"sourceInterval":[2648,2651]},"+"],["terminal",{"sourceInterval":[2654,2657]},"?"],["terminal",{"sourceInterval":[2660,2663]},"~"],["terminal",{"sourceInterval":[2666,2669]},"&"]]],"punctuation":["define",{"sourceInterval":[2673,2709]},null,[],["alt",{"sourceInterval":[2687,2709]},["terminal",{"sourceInterval":[2687,2690]},"<"],["terminal",{"sourceInterval":[2693,2696]},">"],["terminal",{"sourceInterval":[2699,2702]},","],["terminal",{"sourceInterval":[2705,2709]},"--"]]]}]);

const superSplicePlaceholder = Object.create(PExpr.prototype);

function namespaceHas(ns, name) {
  // Look for an enumerable property, anywhere in the prototype chain.
  for (const prop in ns) {
    if (prop === name) return true;
  }
  return false;
}

// Returns a Grammar instance (i.e., an object with a `match` method) for
// `tree`, which is the concrete syntax tree of a user-written grammar.
// The grammar will be assigned into `namespace` under the name of the grammar
// as specified in the source.
function buildGrammar(match, namespace, optOhmGrammarForTesting, options) {
  const builder = new Builder(options);
  let decl;
  let currentRuleName;
  let currentRuleFormals;
  let overriding = false;
  const metaGrammar = optOhmGrammarForTesting || ohmGrammar;

  // A visitor that produces a Grammar instance from the CST.
  const helpers = metaGrammar.createSemantics().addOperation('visit', {
    Grammars(grammarIter) {
      return grammarIter.children.map(c => c.visit());
    },
    Grammar(id, s, _open, rules, _close) {
      const grammarName = id.visit();
      decl = builder.newGrammar(grammarName);
      s.child(0) && s.child(0).visit();
      rules.children.map(c => c.visit());
      const g = decl.build();
      g.source = this.source.trimmed();
      if (namespaceHas(namespace, grammarName)) {
        throw duplicateGrammarDeclaration(g);
      }
      namespace[grammarName] = g;
      return g;
    },

    SuperGrammar(_, n) {
      const superGrammarName = n.visit();
      if (superGrammarName === 'null') {
        decl.withSuperGrammar(null);
      } else {
        if (!namespace || !namespaceHas(namespace, superGrammarName)) {
          throw undeclaredGrammar(superGrammarName, namespace, n.source);
        }
        decl.withSuperGrammar(namespace[superGrammarName]);
      }
    },

    Rule_define(n, fs, d, _, b) {
      currentRuleName = n.visit();
      currentRuleFormals = fs.children.map(c => c.visit())[0] || [];
      // If there is no default start rule yet, set it now. This must be done before visiting
      // the body, because it might contain an inline rule definition.
      if (!decl.defaultStartRule && decl.ensureSuperGrammar() !== Grammar.ProtoBuiltInRules) {
        decl.withDefaultStartRule(currentRuleName);
      }
      const body = b.visit();
      const description = d.children.map(c => c.visit())[0];
      const source = this.source.trimmed();
      return decl.define(currentRuleName, currentRuleFormals, body, description, source);
    },
    Rule_override(n, fs, _, b) {
      currentRuleName = n.visit();
      currentRuleFormals = fs.children.map(c => c.visit())[0] || [];

      const source = this.source.trimmed();
      decl.ensureSuperGrammarRuleForOverriding(currentRuleName, source);

      overriding = true;
      const body = b.visit();
      overriding = false;
      return decl.override(currentRuleName, currentRuleFormals, body, null, source);
    },
    Rule_extend(n, fs, _, b) {
      currentRuleName = n.visit();
      currentRuleFormals = fs.children.map(c => c.visit())[0] || [];
      const body = b.visit();
      const source = this.source.trimmed();
      return decl.extend(currentRuleName, currentRuleFormals, body, null, source);
    },
    RuleBody(_, terms) {
      return builder.alt(...terms.visit()).withSource(this.source);
    },
    OverrideRuleBody(_, terms) {
      const args = terms.visit();

      // Check if the super-splice operator (`...`) appears in the terms.
      const expansionPos = args.indexOf(superSplicePlaceholder);
      if (expansionPos >= 0) {
        const beforeTerms = args.slice(0, expansionPos);
        const afterTerms = args.slice(expansionPos + 1);

        // Ensure it appears no more than once.
        afterTerms.forEach(t => {
          if (t === superSplicePlaceholder) throw multipleSuperSplices(t);
        });

        return new Splice(
          decl.superGrammar,
          currentRuleName,
          beforeTerms,
          afterTerms
        ).withSource(this.source);
      } else {
        return builder.alt(...args).withSource(this.source);
      }
    },
    Formals(opointy, fs, cpointy) {
      return fs.visit();
    },

    Params(opointy, ps, cpointy) {
      return ps.visit();
    },

    Alt(seqs) {
      return builder.alt(...seqs.visit()).withSource(this.source);
    },

    TopLevelTerm_inline(b, n) {
      const inlineRuleName = currentRuleName + '_' + n.visit();
      const body = b.visit();
      const source = this.source.trimmed();
      const isNewRuleDeclaration = !(
        decl.superGrammar && decl.superGrammar.rules[inlineRuleName]
      );
      if (overriding && !isNewRuleDeclaration) {
        decl.override(inlineRuleName, currentRuleFormals, body, null, source);
      } else {
        decl.define(inlineRuleName, currentRuleFormals, body, null, source);
      }
      const params = currentRuleFormals.map(formal => builder.app(formal));
      return builder.app(inlineRuleName, params).withSource(body.source);
    },
    OverrideTopLevelTerm_superSplice(_) {
      return superSplicePlaceholder;
    },

    Seq(expr) {
      return builder.seq(...expr.children.map(c => c.visit())).withSource(this.source);
    },

    Iter_star(x, _) {
      return builder.star(x.visit()).withSource(this.source);
    },
    Iter_plus(x, _) {
      return builder.plus(x.visit()).withSource(this.source);
    },
    Iter_opt(x, _) {
      return builder.opt(x.visit()).withSource(this.source);
    },

    Pred_not(_, x) {
      return builder.not(x.visit()).withSource(this.source);
    },
    Pred_lookahead(_, x) {
      return builder.lookahead(x.visit()).withSource(this.source);
    },

    Lex_lex(_, x) {
      return builder.lex(x.visit()).withSource(this.source);
    },

    Base_application(rule, ps) {
      const params = ps.children.map(c => c.visit())[0] || [];
      return builder.app(rule.visit(), params).withSource(this.source);
    },
    Base_range(from, _, to) {
      return builder.range(from.visit(), to.visit()).withSource(this.source);
    },
    Base_terminal(expr) {
      return builder.terminal(expr.visit()).withSource(this.source);
    },
    Base_paren(open, x, close) {
      return x.visit();
    },

    ruleDescr(open, t, close) {
      return t.visit();
    },
    ruleDescrText(_) {
      return this.sourceString.trim();
    },

    caseName(_, space1, n, space2, end) {
      return n.visit();
    },

    name(first, rest) {
      return this.sourceString;
    },
    nameFirst(expr) {},
    nameRest(expr) {},

    terminal(open, cs, close) {
      return cs.children.map(c => c.visit()).join('');
    },

    oneCharTerminal(open, c, close) {
      return c.visit();
    },

    escapeChar(c) {
      try {
        return unescapeCodePoint(this.sourceString);
      } catch (err) {
        if (err instanceof RangeError && err.message.startsWith('Invalid code point ')) {
          throw invalidCodePoint(c);
        }
        throw err; // Rethrow
      }
    },

    NonemptyListOf(x, _, xs) {
      return [x.visit()].concat(xs.children.map(c => c.visit()));
    },
    EmptyListOf() {
      return [];
    },

    _terminal() {
      return this.sourceString;
    },
  });
  return helpers(match).visit();
}

var operationsAndAttributesGrammar = makeRecipe(["grammar",{"source":"OperationsAndAttributes {\n\n  AttributeSignature =\n    name\n\n  OperationSignature =\n    name Formals?\n\n  Formals\n    = \"(\" ListOf<name, \",\"> \")\"\n\n  name  (a name)\n    = nameFirst nameRest*\n\n  nameFirst\n    = \"_\"\n    | letter\n\n  nameRest\n    = \"_\"\n    | alnum\n\n}"},"OperationsAndAttributes",null,"AttributeSignature",{"AttributeSignature":["define",{"sourceInterval":[29,58]},null,[],["app",{"sourceInterval":[54,58]},"name",[]]],"OperationSignature":["define",{"sourceInterval":[62,100]},null,[],["seq",{"sourceInterval":[87,100]},["app",{"sourceInterval":[87,91]},"name",[]],["opt",{"sourceInterval":[92,100]},["app",{"sourceInterval":[92,99]},"Formals",[]]]]],"Formals":["define",{"sourceInterval":[104,143]},null,[],["seq",{"sourceInterval":[118,143]},["terminal",{"sourceInterval":[118,121]},"("],["app",{"sourceInterval":[122,139]},"ListOf",[["app",{"sourceInterval":[129,133]},"name",[]],["terminal",{"sourceInterval":[135,138]},","]]],["terminal",{"sourceInterval":[140,143]},")"]]],"name":["define",{"sourceInterval":[147,187]},"a name",[],["seq",{"sourceInterval":[168,187]},["app",{"sourceInterval":[168,177]},"nameFirst",[]],["star",{"sourceInterval":[178,187]},["app",{"sourceInterval":[178,186]},"nameRest",[]]]]],"nameFirst":["define",{"sourceInterval":[191,223]},null,[],["alt",{"sourceInterval":[207,223]},["terminal",{"sourceInterval":[207,210]},"_"],["app",{"sourceInterval":[217,223]},"letter",[]]]],"nameRest":["define",{"sourceInterval":[227,257]},null,[],["alt",{"sourceInterval":[242,257]},["terminal",{"sourceInterval":[242,245]},"_"],["app",{"sourceInterval":[252,257]},"alnum",[]]]]}]);

initBuiltInSemantics(Grammar.BuiltInRules);
initPrototypeParser(operationsAndAttributesGrammar); // requires BuiltInSemantics

function initBuiltInSemantics(builtInRules) {
  const actions = {
    empty() {
      return this.iteration();
    },
    nonEmpty(first, _, rest) {
      return this.iteration([first].concat(rest.children));
    },
    self(..._children) {
      return this;
    },
  };

  Semantics.BuiltInSemantics = Semantics.createSemantics(builtInRules, null).addOperation(
    'asIteration',
    {
      emptyListOf: actions.empty,
      nonemptyListOf: actions.nonEmpty,
      EmptyListOf: actions.empty,
      NonemptyListOf: actions.nonEmpty,
      _iter: actions.self,
    }
  );
}

function initPrototypeParser(grammar) {
  Semantics.prototypeGrammarSemantics = grammar.createSemantics().addOperation('parse', {
    AttributeSignature(name) {
      return {
        name: name.parse(),
        formals: [],
      };
    },
    OperationSignature(name, optFormals) {
      return {
        name: name.parse(),
        formals: optFormals.children.map(c => c.parse())[0] || [],
      };
    },
    Formals(oparen, fs, cparen) {
      return fs.asIteration().children.map(c => c.parse());
    },
    name(first, rest) {
      return this.sourceString;
    },
  });
  Semantics.prototypeGrammar = grammar;
}

function findIndentation(input) {
  let pos = 0;
  const stack = [0];
  const topOfStack = () => stack[stack.length - 1];

  const result = {};

  const regex = /( *).*(?:$|\r?\n|\r)/g;
  let match;
  while ((match = regex.exec(input)) != null) {
    const [line, indent] = match;

    // The last match will always have length 0. In every other case, some
    // characters will be matched (possibly only the end of line chars).
    if (line.length === 0) break;

    const indentSize = indent.length;
    const prevSize = topOfStack();

    const indentPos = pos + indentSize;

    if (indentSize > prevSize) {
      // Indent -- always only 1.
      stack.push(indentSize);
      result[indentPos] = 1;
    } else if (indentSize < prevSize) {
      // Dedent -- can be multiple levels.
      const prevLength = stack.length;
      while (topOfStack() !== indentSize) {
        stack.pop();
      }
      result[indentPos] = -1 * (prevLength - stack.length);
    }
    pos += line.length;
  }
  // Ensure that there is a matching DEDENT for every remaining INDENT.
  if (stack.length > 1) {
    result[pos] = 1 - stack.length;
  }
  return result;
}

const INDENT_DESCRIPTION = 'an indented block';
const DEDENT_DESCRIPTION = 'a dedent';

// A sentinel value that is out of range for both charCodeAt() and codePointAt().
const INVALID_CODE_POINT = 0x10ffff + 1;

class InputStreamWithIndentation extends InputStream {
  constructor(state) {
    super(state.input);
    this.state = state;
  }

  _indentationAt(pos) {
    return this.state.userData[pos] || 0;
  }

  atEnd() {
    return super.atEnd() && this._indentationAt(this.pos) === 0;
  }

  next() {
    if (this._indentationAt(this.pos) !== 0) {
      this.examinedLength = Math.max(this.examinedLength, this.pos);
      return undefined;
    }
    return super.next();
  }

  nextCharCode() {
    if (this._indentationAt(this.pos) !== 0) {
      this.examinedLength = Math.max(this.examinedLength, this.pos);
      return INVALID_CODE_POINT;
    }
    return super.nextCharCode();
  }

  nextCodePoint() {
    if (this._indentationAt(this.pos) !== 0) {
      this.examinedLength = Math.max(this.examinedLength, this.pos);
      return INVALID_CODE_POINT;
    }
    return super.nextCodePoint();
  }
}

class Indentation extends PExpr {
  constructor(isIndent = true) {
    super();
    this.isIndent = isIndent;
  }

  allowsSkippingPrecedingSpace() {
    return true;
  }

  eval(state) {
    const {inputStream} = state;
    const pseudoTokens = state.userData;
    state.doNotMemoize = true;

    const origPos = inputStream.pos;

    const sign = this.isIndent ? 1 : -1;
    const count = (pseudoTokens[origPos] || 0) * sign;
    if (count > 0) {
      // Update the count to consume the pseudotoken.
      state.userData = Object.create(pseudoTokens);
      state.userData[origPos] -= sign;

      state.pushBinding(new TerminalNode(0), origPos);
      return true;
    } else {
      state.processFailure(origPos, this);
      return false;
    }
  }

  getArity() {
    return 1;
  }

  _assertAllApplicationsAreValid(ruleName, grammar) {}

  _isNullable(grammar, memo) {
    return false;
  }

  assertChoicesHaveUniformArity(ruleName) {}

  assertIteratedExprsAreNotNullable(grammar) {}

  introduceParams(formals) {
    return this;
  }

  substituteParams(actuals) {
    return this;
  }

  toString() {
    return this.isIndent ? 'indent' : 'dedent';
  }

  toDisplayString() {
    return this.toString();
  }

  toFailure(grammar) {
    const description = this.isIndent ? INDENT_DESCRIPTION : DEDENT_DESCRIPTION;
    return new Failure(this, description, 'description');
  }
}

// Create a new definition for `any` that can consume indent & dedent.
const applyIndent = new Apply('indent');
const applyDedent = new Apply('dedent');
const newAnyBody = new Splice(BuiltInRules, 'any', [applyIndent, applyDedent], []);

const IndentationSensitive = new Builder()
  .newGrammar('IndentationSensitive')
  .withSuperGrammar(BuiltInRules)
  .define('indent', [], new Indentation(true), INDENT_DESCRIPTION, undefined, true)
  .define('dedent', [], new Indentation(false), DEDENT_DESCRIPTION, undefined, true)
  .extend('any', [], newAnyBody, 'any character', undefined)
  .build();

Object.assign(IndentationSensitive, {
  _matchStateInitializer(state) {
    state.userData = findIndentation(state.input);
    state.inputStream = new InputStreamWithIndentation(state);
  },
  supportsIncrementalParsing: false,
});

// Generated by scripts/prebuild.js
const version = '17.5.0';

Grammar.initApplicationParser(ohmGrammar, buildGrammar);

const isBuffer = obj =>
  !!obj.constructor &&
  typeof obj.constructor.isBuffer === 'function' &&
  obj.constructor.isBuffer(obj);

function compileAndLoad(source, namespace, buildOptions) {
  const m = ohmGrammar.match(source, 'Grammars');
  if (m.failed()) {
    throw grammarSyntaxError(m);
  }
  return buildGrammar(m, namespace, undefined, buildOptions);
}

function _grammar(source, optNamespace, buildOptions) {
  const ns = _grammars(source, optNamespace, buildOptions);

  // Ensure that the source contained no more than one grammar definition.
  const grammarNames = Object.keys(ns);
  if (grammarNames.length === 0) {
    throw new Error('Missing grammar definition');
  } else if (grammarNames.length > 1) {
    const secondGrammar = ns[grammarNames[1]];
    const interval = secondGrammar.source;
    throw new Error(
      getLineAndColumnMessage(interval.sourceString, interval.startIdx) +
        'Found more than one grammar definition -- use ohm.grammars() instead.'
    );
  }
  return ns[grammarNames[0]]; // Return the one and only grammar.
}

function _grammars(source, optNamespace, buildOptions) {
  const ns = Object.create(optNamespace || {});
  if (typeof source !== 'string') {
    // For convenience, detect Node.js Buffer objects and automatically call toString().
    if (isBuffer(source)) {
      source = source.toString();
    } else {
      throw new TypeError(
        'Expected string as first argument, got ' + unexpectedObjToString(source)
      );
    }
  }
  compileAndLoad(source, ns, buildOptions);
  return ns;
}

function grammar(source, optNamespace) {
  return _grammar(source, optNamespace);
}

function grammars(source, optNamespace) {
  return _grammars(source, optNamespace);
}

exports.ExperimentalIndentationSensitive = IndentationSensitive;
exports._buildGrammar = buildGrammar;
exports.grammar = grammar;
exports.grammars = grammars;
exports.makeRecipe = makeRecipe;
exports.ohmGrammar = ohmGrammar;
exports.pexprs = pexprs;
exports.version = version;
//# sourceMappingURL=ohm.cjs.map


/***/ }),

/***/ 1283:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K: () => (/* binding */ parser)
});

;// CONCATENATED MODULE: ./node_modules/@lezer/common/dist/index.js
/**
The default maximum length of a `TreeBuffer` node.
*/
const DefaultBufferLength = 1024;
let nextPropID = 0;
class Range {
    constructor(from, to) {
        this.from = from;
        this.to = to;
    }
}
/**
Each [node type](#common.NodeType) or [individual tree](#common.Tree)
can have metadata associated with it in props. Instances of this
class represent prop names.
*/
class dist_NodeProp {
    /**
    Create a new node prop type.
    */
    constructor(config = {}) {
        this.id = nextPropID++;
        this.perNode = !!config.perNode;
        this.deserialize = config.deserialize || (() => {
            throw new Error("This node type doesn't define a deserialize function");
        });
        this.combine = config.combine || null;
    }
    /**
    This is meant to be used with
    [`NodeSet.extend`](#common.NodeSet.extend) or
    [`LRParser.configure`](#lr.ParserConfig.props) to compute
    prop values for each node type in the set. Takes a [match
    object](#common.NodeType^match) or function that returns undefined
    if the node type doesn't get this prop, and the prop's value if
    it does.
    */
    add(match) {
        if (this.perNode)
            throw new RangeError("Can't add per-node props to node types");
        if (typeof match != "function")
            match = NodeType.match(match);
        return (type) => {
            let result = match(type);
            return result === undefined ? null : [this, result];
        };
    }
}
/**
Prop that is used to describe matching delimiters. For opening
delimiters, this holds an array of node names (written as a
space-separated string when declaring this prop in a grammar)
for the node types of closing delimiters that match it.
*/
dist_NodeProp.closedBy = new dist_NodeProp({ deserialize: str => str.split(" ") });
/**
The inverse of [`closedBy`](#common.NodeProp^closedBy). This is
attached to closing delimiters, holding an array of node names
of types of matching opening delimiters.
*/
dist_NodeProp.openedBy = new dist_NodeProp({ deserialize: str => str.split(" ") });
/**
Used to assign node types to groups (for example, all node
types that represent an expression could be tagged with an
`"Expression"` group).
*/
dist_NodeProp.group = new dist_NodeProp({ deserialize: str => str.split(" ") });
/**
Attached to nodes to indicate these should be
[displayed](https://codemirror.net/docs/ref/#language.syntaxTree)
in a bidirectional text isolate, so that direction-neutral
characters on their sides don't incorrectly get associated with
surrounding text. You'll generally want to set this for nodes
that contain arbitrary text, like strings and comments, and for
nodes that appear _inside_ arbitrary text, like HTML tags. When
not given a value, in a grammar declaration, defaults to
`"auto"`.
*/
dist_NodeProp.isolate = new dist_NodeProp({ deserialize: value => {
        if (value && value != "rtl" && value != "ltr" && value != "auto")
            throw new RangeError("Invalid value for isolate: " + value);
        return value || "auto";
    } });
/**
The hash of the [context](#lr.ContextTracker.constructor)
that the node was parsed in, if any. Used to limit reuse of
contextual nodes.
*/
dist_NodeProp.contextHash = new dist_NodeProp({ perNode: true });
/**
The distance beyond the end of the node that the tokenizer
looked ahead for any of the tokens inside the node. (The LR
parser only stores this when it is larger than 25, for
efficiency reasons.)
*/
dist_NodeProp.lookAhead = new dist_NodeProp({ perNode: true });
/**
This per-node prop is used to replace a given node, or part of a
node, with another tree. This is useful to include trees from
different languages in mixed-language parsers.
*/
dist_NodeProp.mounted = new dist_NodeProp({ perNode: true });
/**
A mounted tree, which can be [stored](#common.NodeProp^mounted) on
a tree node to indicate that parts of its content are
represented by another tree.
*/
class MountedTree {
    constructor(
    /**
    The inner tree.
    */
    tree, 
    /**
    If this is null, this tree replaces the entire node (it will
    be included in the regular iteration instead of its host
    node). If not, only the given ranges are considered to be
    covered by this tree. This is used for trees that are mixed in
    a way that isn't strictly hierarchical. Such mounted trees are
    only entered by [`resolveInner`](#common.Tree.resolveInner)
    and [`enter`](#common.SyntaxNode.enter).
    */
    overlay, 
    /**
    The parser used to create this subtree.
    */
    parser, 
    /**
    [Indicates](#common.IterMode.EnterBracketed) that the nested
    content is delineated with some kind
    of bracket token.
    */
    bracketed = false) {
        this.tree = tree;
        this.overlay = overlay;
        this.parser = parser;
        this.bracketed = bracketed;
    }
    /**
    @internal
    */
    static get(tree) {
        return tree && tree.props && tree.props[dist_NodeProp.mounted.id];
    }
}
const noProps = Object.create(null);
/**
Each node in a syntax tree has a node type associated with it.
*/
class NodeType {
    /**
    @internal
    */
    constructor(
    /**
    The name of the node type. Not necessarily unique, but if the
    grammar was written properly, different node types with the
    same name within a node set should play the same semantic
    role.
    */
    name, 
    /**
    @internal
    */
    props, 
    /**
    The id of this node in its set. Corresponds to the term ids
    used in the parser.
    */
    id, 
    /**
    @internal
    */
    flags = 0) {
        this.name = name;
        this.props = props;
        this.id = id;
        this.flags = flags;
    }
    /**
    Define a node type.
    */
    static define(spec) {
        let props = spec.props && spec.props.length ? Object.create(null) : noProps;
        let flags = (spec.top ? 1 /* NodeFlag.Top */ : 0) | (spec.skipped ? 2 /* NodeFlag.Skipped */ : 0) |
            (spec.error ? 4 /* NodeFlag.Error */ : 0) | (spec.name == null ? 8 /* NodeFlag.Anonymous */ : 0);
        let type = new NodeType(spec.name || "", props, spec.id, flags);
        if (spec.props)
            for (let src of spec.props) {
                if (!Array.isArray(src))
                    src = src(type);
                if (src) {
                    if (src[0].perNode)
                        throw new RangeError("Can't store a per-node prop on a node type");
                    props[src[0].id] = src[1];
                }
            }
        return type;
    }
    /**
    Retrieves a node prop for this type. Will return `undefined` if
    the prop isn't present on this node.
    */
    prop(prop) { return this.props[prop.id]; }
    /**
    True when this is the top node of a grammar.
    */
    get isTop() { return (this.flags & 1 /* NodeFlag.Top */) > 0; }
    /**
    True when this node is produced by a skip rule.
    */
    get isSkipped() { return (this.flags & 2 /* NodeFlag.Skipped */) > 0; }
    /**
    Indicates whether this is an error node.
    */
    get isError() { return (this.flags & 4 /* NodeFlag.Error */) > 0; }
    /**
    When true, this node type doesn't correspond to a user-declared
    named node, for example because it is used to cache repetition.
    */
    get isAnonymous() { return (this.flags & 8 /* NodeFlag.Anonymous */) > 0; }
    /**
    Returns true when this node's name or one of its
    [groups](#common.NodeProp^group) matches the given string.
    */
    is(name) {
        if (typeof name == 'string') {
            if (this.name == name)
                return true;
            let group = this.prop(dist_NodeProp.group);
            return group ? group.indexOf(name) > -1 : false;
        }
        return this.id == name;
    }
    /**
    Create a function from node types to arbitrary values by
    specifying an object whose property names are node or
    [group](#common.NodeProp^group) names. Often useful with
    [`NodeProp.add`](#common.NodeProp.add). You can put multiple
    names, separated by spaces, in a single property name to map
    multiple node names to a single value.
    */
    static match(map) {
        let direct = Object.create(null);
        for (let prop in map)
            for (let name of prop.split(" "))
                direct[name] = map[prop];
        return (node) => {
            for (let groups = node.prop(dist_NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
                let found = direct[i < 0 ? node.name : groups[i]];
                if (found)
                    return found;
            }
        };
    }
}
/**
An empty dummy node type to use when no actual type is available.
*/
NodeType.none = new NodeType("", Object.create(null), 0, 8 /* NodeFlag.Anonymous */);
/**
A node set holds a collection of node types. It is used to
compactly represent trees by storing their type ids, rather than a
full pointer to the type object, in a numeric array. Each parser
[has](#lr.LRParser.nodeSet) a node set, and [tree
buffers](#common.TreeBuffer) can only store collections of nodes
from the same set. A set can have a maximum of 2**16 (65536) node
types in it, so that the ids fit into 16-bit typed array slots.
*/
class NodeSet {
    /**
    Create a set with the given types. The `id` property of each
    type should correspond to its position within the array.
    */
    constructor(
    /**
    The node types in this set, by id.
    */
    types) {
        this.types = types;
        for (let i = 0; i < types.length; i++)
            if (types[i].id != i)
                throw new RangeError("Node type ids should correspond to array positions when creating a node set");
    }
    /**
    Create a copy of this set with some node properties added. The
    arguments to this method can be created with
    [`NodeProp.add`](#common.NodeProp.add).
    */
    extend(...props) {
        let newTypes = [];
        for (let type of this.types) {
            let newProps = null;
            for (let source of props) {
                let add = source(type);
                if (add) {
                    if (!newProps)
                        newProps = Object.assign({}, type.props);
                    let value = add[1], prop = add[0];
                    if (prop.combine && prop.id in newProps)
                        value = prop.combine(newProps[prop.id], value);
                    newProps[prop.id] = value;
                }
            }
            newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
        }
        return new NodeSet(newTypes);
    }
}
const CachedNode = new WeakMap(), CachedInnerNode = new WeakMap();
/**
Options that control iteration. Can be combined with the `|`
operator to enable multiple ones.
*/
var IterMode;
(function (IterMode) {
    /**
    When enabled, iteration will only visit [`Tree`](#common.Tree)
    objects, not nodes packed into
    [`TreeBuffer`](#common.TreeBuffer)s.
    */
    IterMode[IterMode["ExcludeBuffers"] = 1] = "ExcludeBuffers";
    /**
    Enable this to make iteration include anonymous nodes (such as
    the nodes that wrap repeated grammar constructs into a balanced
    tree).
    */
    IterMode[IterMode["IncludeAnonymous"] = 2] = "IncludeAnonymous";
    /**
    By default, regular [mounted](#common.NodeProp^mounted) nodes
    replace their base node in iteration. Enable this to ignore them
    instead.
    */
    IterMode[IterMode["IgnoreMounts"] = 4] = "IgnoreMounts";
    /**
    This option only applies in
    [`enter`](#common.SyntaxNode.enter)-style methods. It tells the
    library to not enter mounted overlays if one covers the given
    position.
    */
    IterMode[IterMode["IgnoreOverlays"] = 8] = "IgnoreOverlays";
    /**
    When set, positions on the boundary of a mounted overlay tree
    that has its [`bracketed`](#common.NestedParse.bracketed) flag
    set will enter that tree regardless of side. Only supported in
    [`enter`](#common.SyntaxNode.enter), not in cursors.
    */
    IterMode[IterMode["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
/**
A piece of syntax tree. There are two ways to approach these
trees: the way they are actually stored in memory, and the
convenient way.

Syntax trees are stored as a tree of `Tree` and `TreeBuffer`
objects. By packing detail information into `TreeBuffer` leaf
nodes, the representation is made a lot more memory-efficient.

However, when you want to actually work with tree nodes, this
representation is very awkward, so most client code will want to
use the [`TreeCursor`](#common.TreeCursor) or
[`SyntaxNode`](#common.SyntaxNode) interface instead, which provides
a view on some part of this data structure, and can be used to
move around to adjacent nodes.
*/
class Tree {
    /**
    Construct a new tree. See also [`Tree.build`](#common.Tree^build).
    */
    constructor(
    /**
    The type of the top node.
    */
    type, 
    /**
    This node's child nodes.
    */
    children, 
    /**
    The positions (offsets relative to the start of this tree) of
    the children.
    */
    positions, 
    /**
    The total length of this tree
    */
    length, 
    /**
    Per-node [node props](#common.NodeProp) to associate with this node.
    */
    props) {
        this.type = type;
        this.children = children;
        this.positions = positions;
        this.length = length;
        /**
        @internal
        */
        this.props = null;
        if (props && props.length) {
            this.props = Object.create(null);
            for (let [prop, value] of props)
                this.props[typeof prop == "number" ? prop : prop.id] = value;
        }
    }
    /**
    @internal
    */
    toString() {
        let mounted = MountedTree.get(this);
        if (mounted && !mounted.overlay)
            return mounted.tree.toString();
        let children = "";
        for (let ch of this.children) {
            let str = ch.toString();
            if (str) {
                if (children)
                    children += ",";
                children += str;
            }
        }
        return !this.type.name ? children :
            (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) +
                (children.length ? "(" + children + ")" : "");
    }
    /**
    Get a [tree cursor](#common.TreeCursor) positioned at the top of
    the tree. Mode can be used to [control](#common.IterMode) which
    nodes the cursor visits.
    */
    cursor(mode = 0) {
        return new TreeCursor(this.topNode, mode);
    }
    /**
    Get a [tree cursor](#common.TreeCursor) pointing into this tree
    at the given position and side (see
    [`moveTo`](#common.TreeCursor.moveTo).
    */
    cursorAt(pos, side = 0, mode = 0) {
        let scope = CachedNode.get(this) || this.topNode;
        let cursor = new TreeCursor(scope);
        cursor.moveTo(pos, side);
        CachedNode.set(this, cursor._tree);
        return cursor;
    }
    /**
    Get a [syntax node](#common.SyntaxNode) object for the top of the
    tree.
    */
    get topNode() {
        return new TreeNode(this, 0, 0, null);
    }
    /**
    Get the [syntax node](#common.SyntaxNode) at the given position.
    If `side` is -1, this will move into nodes that end at the
    position. If 1, it'll move into nodes that start at the
    position. With 0, it'll only enter nodes that cover the position
    from both sides.
    
    Note that this will not enter
    [overlays](#common.MountedTree.overlay), and you often want
    [`resolveInner`](#common.Tree.resolveInner) instead.
    */
    resolve(pos, side = 0) {
        let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
        CachedNode.set(this, node);
        return node;
    }
    /**
    Like [`resolve`](#common.Tree.resolve), but will enter
    [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
    pointing into the innermost overlaid tree at the given position
    (with parent links going through all parent structure, including
    the host trees).
    */
    resolveInner(pos, side = 0) {
        let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
        CachedInnerNode.set(this, node);
        return node;
    }
    /**
    In some situations, it can be useful to iterate through all
    nodes around a position, including those in overlays that don't
    directly cover the position. This method gives you an iterator
    that will produce all nodes, from small to big, around the given
    position.
    */
    resolveStack(pos, side = 0) {
        return stackIterator(this, pos, side);
    }
    /**
    Iterate over the tree and its children, calling `enter` for any
    node that touches the `from`/`to` region (if given) before
    running over such a node's children, and `leave` (if given) when
    leaving the node. When `enter` returns `false`, that node will
    not have its children iterated over (or `leave` called).
    */
    iterate(spec) {
        let { enter, leave, from = 0, to = this.length } = spec;
        let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
        for (let c = this.cursor(mode | IterMode.IncludeAnonymous);;) {
            let entered = false;
            if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
                if (c.firstChild())
                    continue;
                entered = true;
            }
            for (;;) {
                if (entered && leave && (anon || !c.type.isAnonymous))
                    leave(c);
                if (c.nextSibling())
                    break;
                if (!c.parent())
                    return;
                entered = true;
            }
        }
    }
    /**
    Get the value of the given [node prop](#common.NodeProp) for this
    node. Works with both per-node and per-type props.
    */
    prop(prop) {
        return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : undefined;
    }
    /**
    Returns the node's [per-node props](#common.NodeProp.perNode) in a
    format that can be passed to the [`Tree`](#common.Tree)
    constructor.
    */
    get propValues() {
        let result = [];
        if (this.props)
            for (let id in this.props)
                result.push([+id, this.props[id]]);
        return result;
    }
    /**
    Balance the direct children of this tree, producing a copy of
    which may have children grouped into subtrees with type
    [`NodeType.none`](#common.NodeType^none).
    */
    balance(config = {}) {
        return this.children.length <= 8 /* Balance.BranchFactor */ ? this :
            balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new Tree(NodeType.none, children, positions, length)));
    }
    /**
    Build a tree from a postfix-ordered buffer of node information,
    or a cursor over such a buffer.
    */
    static build(data) { return buildTree(data); }
}
/**
The empty tree
*/
Tree.empty = new Tree(NodeType.none, [], [], 0);
class FlatBufferCursor {
    constructor(buffer, index) {
        this.buffer = buffer;
        this.index = index;
    }
    get id() { return this.buffer[this.index - 4]; }
    get start() { return this.buffer[this.index - 3]; }
    get end() { return this.buffer[this.index - 2]; }
    get size() { return this.buffer[this.index - 1]; }
    get pos() { return this.index; }
    next() { this.index -= 4; }
    fork() { return new FlatBufferCursor(this.buffer, this.index); }
}
/**
Tree buffers contain (type, start, end, endIndex) quads for each
node. In such a buffer, nodes are stored in prefix order (parents
before children, with the endIndex of the parent indicating which
children belong to it).
*/
class TreeBuffer {
    /**
    Create a tree buffer.
    */
    constructor(
    /**
    The buffer's content.
    */
    buffer, 
    /**
    The total length of the group of nodes in the buffer.
    */
    length, 
    /**
    The node set used in this buffer.
    */
    set) {
        this.buffer = buffer;
        this.length = length;
        this.set = set;
    }
    /**
    @internal
    */
    get type() { return NodeType.none; }
    /**
    @internal
    */
    toString() {
        let result = [];
        for (let index = 0; index < this.buffer.length;) {
            result.push(this.childString(index));
            index = this.buffer[index + 3];
        }
        return result.join(",");
    }
    /**
    @internal
    */
    childString(index) {
        let id = this.buffer[index], endIndex = this.buffer[index + 3];
        let type = this.set.types[id], result = type.name;
        if (/\W/.test(result) && !type.isError)
            result = JSON.stringify(result);
        index += 4;
        if (endIndex == index)
            return result;
        let children = [];
        while (index < endIndex) {
            children.push(this.childString(index));
            index = this.buffer[index + 3];
        }
        return result + "(" + children.join(",") + ")";
    }
    /**
    @internal
    */
    findChild(startIndex, endIndex, dir, pos, side) {
        let { buffer } = this, pick = -1;
        for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
            if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
                pick = i;
                if (dir > 0)
                    break;
            }
        }
        return pick;
    }
    /**
    @internal
    */
    slice(startI, endI, from) {
        let b = this.buffer;
        let copy = new Uint16Array(endI - startI), len = 0;
        for (let i = startI, j = 0; i < endI;) {
            copy[j++] = b[i++];
            copy[j++] = b[i++] - from;
            let to = copy[j++] = b[i++] - from;
            copy[j++] = b[i++] - startI;
            len = Math.max(len, to);
        }
        return new TreeBuffer(copy, len, this.set);
    }
}
function checkSide(side, pos, from, to) {
    switch (side) {
        case -2 /* Side.Before */: return from < pos;
        case -1 /* Side.AtOrBefore */: return to >= pos && from < pos;
        case 0 /* Side.Around */: return from < pos && to > pos;
        case 1 /* Side.AtOrAfter */: return from <= pos && to > pos;
        case 2 /* Side.After */: return to > pos;
        case 4 /* Side.DontCare */: return true;
    }
}
function resolveNode(node, pos, side, overlays) {
    var _a;
    // Move up to a node that actually holds the position, if possible
    while (node.from == node.to ||
        (side < 1 ? node.from >= pos : node.from > pos) ||
        (side > -1 ? node.to <= pos : node.to < pos)) {
        let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
        if (!parent)
            return node;
        node = parent;
    }
    let mode = overlays ? 0 : IterMode.IgnoreOverlays;
    // Must go up out of overlays when those do not overlap with pos
    if (overlays)
        for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent) {
            if (scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from)
                node = parent;
        }
    for (;;) {
        let inner = node.enter(pos, side, mode);
        if (!inner)
            return node;
        node = inner;
    }
}
class BaseNode {
    cursor(mode = 0) { return new TreeCursor(this, mode); }
    getChild(type, before = null, after = null) {
        let r = getChildren(this, type, before, after);
        return r.length ? r[0] : null;
    }
    getChildren(type, before = null, after = null) {
        return getChildren(this, type, before, after);
    }
    resolve(pos, side = 0) {
        return resolveNode(this, pos, side, false);
    }
    resolveInner(pos, side = 0) {
        return resolveNode(this, pos, side, true);
    }
    matchContext(context) {
        return matchNodeContext(this.parent, context);
    }
    enterUnfinishedNodesBefore(pos) {
        let scan = this.childBefore(pos), node = this;
        while (scan) {
            let last = scan.lastChild;
            if (!last || last.to != scan.to)
                break;
            if (last.type.isError && last.from == last.to) {
                node = scan;
                scan = last.prevSibling;
            }
            else {
                scan = last;
            }
        }
        return node;
    }
    get node() { return this; }
    get next() { return this.parent; }
}
class TreeNode extends BaseNode {
    constructor(_tree, from, 
    // Index in parent node, set to -1 if the node is not a direct child of _parent.node (overlay)
    index, _parent) {
        super();
        this._tree = _tree;
        this.from = from;
        this.index = index;
        this._parent = _parent;
    }
    get type() { return this._tree.type; }
    get name() { return this._tree.type.name; }
    get to() { return this.from + this._tree.length; }
    nextChild(i, dir, pos, side, mode = 0) {
        for (let parent = this;;) {
            for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
                let next = children[i], start = positions[i] + parent.from, mounted;
                if (!((mode & IterMode.EnterBracketed) && next instanceof Tree &&
                    (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed &&
                    pos >= start && pos <= start + next.length) &&
                    !checkSide(side, pos, start, start + next.length))
                    continue;
                if (next instanceof TreeBuffer) {
                    if (mode & IterMode.ExcludeBuffers)
                        continue;
                    let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
                    if (index > -1)
                        return new BufferNode(new BufferContext(parent, next, i, start), null, index);
                }
                else if ((mode & IterMode.IncludeAnonymous) || (!next.type.isAnonymous || hasChild(next))) {
                    let mounted;
                    if (!(mode & IterMode.IgnoreMounts) && (mounted = MountedTree.get(next)) && !mounted.overlay)
                        return new TreeNode(mounted.tree, start, i, parent);
                    let inner = new TreeNode(next, start, i, parent);
                    return (mode & IterMode.IncludeAnonymous) || !inner.type.isAnonymous ? inner
                        : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
                }
            }
            if ((mode & IterMode.IncludeAnonymous) || !parent.type.isAnonymous)
                return null;
            if (parent.index >= 0)
                i = parent.index + dir;
            else
                i = dir < 0 ? -1 : parent._parent._tree.children.length;
            parent = parent._parent;
            if (!parent)
                return null;
        }
    }
    get firstChild() { return this.nextChild(0, 1, 0, 4 /* Side.DontCare */); }
    get lastChild() { return this.nextChild(this._tree.children.length - 1, -1, 0, 4 /* Side.DontCare */); }
    childAfter(pos) { return this.nextChild(0, 1, pos, 2 /* Side.After */); }
    childBefore(pos) { return this.nextChild(this._tree.children.length - 1, -1, pos, -2 /* Side.Before */); }
    prop(prop) { return this._tree.prop(prop); }
    enter(pos, side, mode = 0) {
        let mounted;
        if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
            let rPos = pos - this.from, enterBracketed = (mode & IterMode.EnterBracketed) && mounted.bracketed;
            for (let { from, to } of mounted.overlay) {
                if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) &&
                    (side < 0 || enterBracketed ? to >= rPos : to > rPos))
                    return new TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
            }
        }
        return this.nextChild(0, 1, pos, side, mode);
    }
    nextSignificantParent() {
        let val = this;
        while (val.type.isAnonymous && val._parent)
            val = val._parent;
        return val;
    }
    get parent() {
        return this._parent ? this._parent.nextSignificantParent() : null;
    }
    get nextSibling() {
        return this._parent && this.index >= 0 ? this._parent.nextChild(this.index + 1, 1, 0, 4 /* Side.DontCare */) : null;
    }
    get prevSibling() {
        return this._parent && this.index >= 0 ? this._parent.nextChild(this.index - 1, -1, 0, 4 /* Side.DontCare */) : null;
    }
    get tree() { return this._tree; }
    toTree() { return this._tree; }
    /**
    @internal
    */
    toString() { return this._tree.toString(); }
}
function getChildren(node, type, before, after) {
    let cur = node.cursor(), result = [];
    if (!cur.firstChild())
        return result;
    if (before != null)
        for (let found = false; !found;) {
            found = cur.type.is(before);
            if (!cur.nextSibling())
                return result;
        }
    for (;;) {
        if (after != null && cur.type.is(after))
            return result;
        if (cur.type.is(type))
            result.push(cur.node);
        if (!cur.nextSibling())
            return after == null ? result : [];
    }
}
function matchNodeContext(node, context, i = context.length - 1) {
    for (let p = node; i >= 0; p = p.parent) {
        if (!p)
            return false;
        if (!p.type.isAnonymous) {
            if (context[i] && context[i] != p.name)
                return false;
            i--;
        }
    }
    return true;
}
class BufferContext {
    constructor(parent, buffer, index, start) {
        this.parent = parent;
        this.buffer = buffer;
        this.index = index;
        this.start = start;
    }
}
class BufferNode extends BaseNode {
    get name() { return this.type.name; }
    get from() { return this.context.start + this.context.buffer.buffer[this.index + 1]; }
    get to() { return this.context.start + this.context.buffer.buffer[this.index + 2]; }
    constructor(context, _parent, index) {
        super();
        this.context = context;
        this._parent = _parent;
        this.index = index;
        this.type = context.buffer.set.types[context.buffer.buffer[index]];
    }
    child(dir, pos, side) {
        let { buffer } = this.context;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
        return index < 0 ? null : new BufferNode(this.context, this, index);
    }
    get firstChild() { return this.child(1, 0, 4 /* Side.DontCare */); }
    get lastChild() { return this.child(-1, 0, 4 /* Side.DontCare */); }
    childAfter(pos) { return this.child(1, pos, 2 /* Side.After */); }
    childBefore(pos) { return this.child(-1, pos, -2 /* Side.Before */); }
    prop(prop) { return this.type.prop(prop); }
    enter(pos, side, mode = 0) {
        if (mode & IterMode.ExcludeBuffers)
            return null;
        let { buffer } = this.context;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
        return index < 0 ? null : new BufferNode(this.context, this, index);
    }
    get parent() {
        return this._parent || this.context.parent.nextSignificantParent();
    }
    externalSibling(dir) {
        return this._parent ? null : this.context.parent.nextChild(this.context.index + dir, dir, 0, 4 /* Side.DontCare */);
    }
    get nextSibling() {
        let { buffer } = this.context;
        let after = buffer.buffer[this.index + 3];
        if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
            return new BufferNode(this.context, this._parent, after);
        return this.externalSibling(1);
    }
    get prevSibling() {
        let { buffer } = this.context;
        let parentStart = this._parent ? this._parent.index + 4 : 0;
        if (this.index == parentStart)
            return this.externalSibling(-1);
        return new BufferNode(this.context, this._parent, buffer.findChild(parentStart, this.index, -1, 0, 4 /* Side.DontCare */));
    }
    get tree() { return null; }
    toTree() {
        let children = [], positions = [];
        let { buffer } = this.context;
        let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
        if (endI > startI) {
            let from = buffer.buffer[this.index + 1];
            children.push(buffer.slice(startI, endI, from));
            positions.push(0);
        }
        return new Tree(this.type, children, positions, this.to - this.from);
    }
    /**
    @internal
    */
    toString() { return this.context.buffer.childString(this.index); }
}
function iterStack(heads) {
    if (!heads.length)
        return null;
    let pick = 0, picked = heads[0];
    for (let i = 1; i < heads.length; i++) {
        let node = heads[i];
        if (node.from > picked.from || node.to < picked.to) {
            picked = node;
            pick = i;
        }
    }
    let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
    let newHeads = heads.slice();
    if (next)
        newHeads[pick] = next;
    else
        newHeads.splice(pick, 1);
    return new StackIterator(newHeads, picked);
}
class StackIterator {
    constructor(heads, node) {
        this.heads = heads;
        this.node = node;
    }
    get next() { return iterStack(this.heads); }
}
function stackIterator(tree, pos, side) {
    let inner = tree.resolveInner(pos, side), layers = null;
    for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
        if (scan.index < 0) { // This is an overlay root
            let parent = scan.parent;
            (layers || (layers = [inner])).push(parent.resolve(pos, side));
            scan = parent;
        }
        else {
            let mount = MountedTree.get(scan.tree);
            // Relevant overlay branching off
            if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
                let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
                (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
            }
        }
    }
    return layers ? iterStack(layers) : inner;
}
/**
A tree cursor object focuses on a given node in a syntax tree, and
allows you to move to adjacent nodes.
*/
class TreeCursor {
    /**
    Shorthand for `.type.name`.
    */
    get name() { return this.type.name; }
    /**
    @internal
    */
    constructor(node, mode = 0) {
        /**
        @internal
        */
        this.buffer = null;
        this.stack = [];
        /**
        @internal
        */
        this.index = 0;
        this.bufferNode = null;
        this.mode = mode & ~IterMode.EnterBracketed;
        if (node instanceof TreeNode) {
            this.yieldNode(node);
        }
        else {
            this._tree = node.context.parent;
            this.buffer = node.context;
            for (let n = node._parent; n; n = n._parent)
                this.stack.unshift(n.index);
            this.bufferNode = node;
            this.yieldBuf(node.index);
        }
    }
    yieldNode(node) {
        if (!node)
            return false;
        this._tree = node;
        this.type = node.type;
        this.from = node.from;
        this.to = node.to;
        return true;
    }
    yieldBuf(index, type) {
        this.index = index;
        let { start, buffer } = this.buffer;
        this.type = type || buffer.set.types[buffer.buffer[index]];
        this.from = start + buffer.buffer[index + 1];
        this.to = start + buffer.buffer[index + 2];
        return true;
    }
    /**
    @internal
    */
    yield(node) {
        if (!node)
            return false;
        if (node instanceof TreeNode) {
            this.buffer = null;
            return this.yieldNode(node);
        }
        this.buffer = node.context;
        return this.yieldBuf(node.index, node.type);
    }
    /**
    @internal
    */
    toString() {
        return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
    }
    /**
    @internal
    */
    enterChild(dir, pos, side) {
        if (!this.buffer)
            return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
        let { buffer } = this.buffer;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
        if (index < 0)
            return false;
        this.stack.push(this.index);
        return this.yieldBuf(index);
    }
    /**
    Move the cursor to this node's first child. When this returns
    false, the node has no child, and the cursor has not been moved.
    */
    firstChild() { return this.enterChild(1, 0, 4 /* Side.DontCare */); }
    /**
    Move the cursor to this node's last child.
    */
    lastChild() { return this.enterChild(-1, 0, 4 /* Side.DontCare */); }
    /**
    Move the cursor to the first child that ends after `pos`.
    */
    childAfter(pos) { return this.enterChild(1, pos, 2 /* Side.After */); }
    /**
    Move to the last child that starts before `pos`.
    */
    childBefore(pos) { return this.enterChild(-1, pos, -2 /* Side.Before */); }
    /**
    Move the cursor to the child around `pos`. If side is -1 the
    child may end at that position, when 1 it may start there. This
    will also enter [overlaid](#common.MountedTree.overlay)
    [mounted](#common.NodeProp^mounted) trees unless `overlays` is
    set to false.
    */
    enter(pos, side, mode = this.mode) {
        if (!this.buffer)
            return this.yield(this._tree.enter(pos, side, mode));
        return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
    }
    /**
    Move to the node's parent node, if this isn't the top node.
    */
    parent() {
        if (!this.buffer)
            return this.yieldNode((this.mode & IterMode.IncludeAnonymous) ? this._tree._parent : this._tree.parent);
        if (this.stack.length)
            return this.yieldBuf(this.stack.pop());
        let parent = (this.mode & IterMode.IncludeAnonymous) ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
        this.buffer = null;
        return this.yieldNode(parent);
    }
    /**
    @internal
    */
    sibling(dir) {
        if (!this.buffer)
            return !this._tree._parent ? false
                : this.yield(this._tree.index < 0 ? null
                    : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4 /* Side.DontCare */, this.mode));
        let { buffer } = this.buffer, d = this.stack.length - 1;
        if (dir < 0) {
            let parentStart = d < 0 ? 0 : this.stack[d] + 4;
            if (this.index != parentStart)
                return this.yieldBuf(buffer.findChild(parentStart, this.index, -1, 0, 4 /* Side.DontCare */));
        }
        else {
            let after = buffer.buffer[this.index + 3];
            if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
                return this.yieldBuf(after);
        }
        return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4 /* Side.DontCare */, this.mode)) : false;
    }
    /**
    Move to this node's next sibling, if any.
    */
    nextSibling() { return this.sibling(1); }
    /**
    Move to this node's previous sibling, if any.
    */
    prevSibling() { return this.sibling(-1); }
    atLastNode(dir) {
        let index, parent, { buffer } = this;
        if (buffer) {
            if (dir > 0) {
                if (this.index < buffer.buffer.buffer.length)
                    return false;
            }
            else {
                for (let i = 0; i < this.index; i++)
                    if (buffer.buffer.buffer[i + 3] < this.index)
                        return false;
            }
            ({ index, parent } = buffer);
        }
        else {
            ({ index, _parent: parent } = this._tree);
        }
        for (; parent; { index, _parent: parent } = parent) {
            if (index > -1)
                for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
                    let child = parent._tree.children[i];
                    if ((this.mode & IterMode.IncludeAnonymous) ||
                        child instanceof TreeBuffer ||
                        !child.type.isAnonymous ||
                        hasChild(child))
                        return false;
                }
        }
        return true;
    }
    move(dir, enter) {
        if (enter && this.enterChild(dir, 0, 4 /* Side.DontCare */))
            return true;
        for (;;) {
            if (this.sibling(dir))
                return true;
            if (this.atLastNode(dir) || !this.parent())
                return false;
        }
    }
    /**
    Move to the next node in a
    [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
    traversal, going from a node to its first child or, if the
    current node is empty or `enter` is false, its next sibling or
    the next sibling of the first parent node that has one.
    */
    next(enter = true) { return this.move(1, enter); }
    /**
    Move to the next node in a last-to-first pre-order traversal. A
    node is followed by its last child or, if it has none, its
    previous sibling or the previous sibling of the first parent
    node that has one.
    */
    prev(enter = true) { return this.move(-1, enter); }
    /**
    Move the cursor to the innermost node that covers `pos`. If
    `side` is -1, it will enter nodes that end at `pos`. If it is 1,
    it will enter nodes that start at `pos`.
    */
    moveTo(pos, side = 0) {
        // Move up to a node that actually holds the position, if possible
        while (this.from == this.to ||
            (side < 1 ? this.from >= pos : this.from > pos) ||
            (side > -1 ? this.to <= pos : this.to < pos))
            if (!this.parent())
                break;
        // Then scan down into child nodes as far as possible
        while (this.enterChild(1, pos, side)) { }
        return this;
    }
    /**
    Get a [syntax node](#common.SyntaxNode) at the cursor's current
    position.
    */
    get node() {
        if (!this.buffer)
            return this._tree;
        let cache = this.bufferNode, result = null, depth = 0;
        if (cache && cache.context == this.buffer) {
            scan: for (let index = this.index, d = this.stack.length; d >= 0;) {
                for (let c = cache; c; c = c._parent)
                    if (c.index == index) {
                        if (index == this.index)
                            return c;
                        result = c;
                        depth = d + 1;
                        break scan;
                    }
                index = this.stack[--d];
            }
        }
        for (let i = depth; i < this.stack.length; i++)
            result = new BufferNode(this.buffer, result, this.stack[i]);
        return this.bufferNode = new BufferNode(this.buffer, result, this.index);
    }
    /**
    Get the [tree](#common.Tree) that represents the current node, if
    any. Will return null when the node is in a [tree
    buffer](#common.TreeBuffer).
    */
    get tree() {
        return this.buffer ? null : this._tree._tree;
    }
    /**
    Iterate over the current node and all its descendants, calling
    `enter` when entering a node and `leave`, if given, when leaving
    one. When `enter` returns `false`, any children of that node are
    skipped, and `leave` isn't called for it.
    */
    iterate(enter, leave) {
        for (let depth = 0;;) {
            let mustLeave = false;
            if (this.type.isAnonymous || enter(this) !== false) {
                if (this.firstChild()) {
                    depth++;
                    continue;
                }
                if (!this.type.isAnonymous)
                    mustLeave = true;
            }
            for (;;) {
                if (mustLeave && leave)
                    leave(this);
                mustLeave = this.type.isAnonymous;
                if (!depth)
                    return;
                if (this.nextSibling())
                    break;
                this.parent();
                depth--;
                mustLeave = true;
            }
        }
    }
    /**
    Test whether the current node matches a given context—a sequence
    of direct parent node names. Empty strings in the context array
    are treated as wildcards.
    */
    matchContext(context) {
        if (!this.buffer)
            return matchNodeContext(this.node.parent, context);
        let { buffer } = this.buffer, { types } = buffer.set;
        for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
            if (d < 0)
                return matchNodeContext(this._tree, context, i);
            let type = types[buffer.buffer[this.stack[d]]];
            if (!type.isAnonymous) {
                if (context[i] && context[i] != type.name)
                    return false;
                i--;
            }
        }
        return true;
    }
}
function hasChild(tree) {
    return tree.children.some(ch => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
    var _a;
    let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
    let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
    let types = nodeSet.types;
    let contextHash = 0, lookAhead = 0;
    function takeNode(parentStart, minPos, children, positions, inRepeat, depth) {
        let { id, start, end, size } = cursor;
        let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
        if (size < 0) {
            cursor.next();
            if (size == -1 /* SpecialRecord.Reuse */) {
                let node = reused[id];
                children.push(node);
                positions.push(start - parentStart);
                return;
            }
            else if (size == -3 /* SpecialRecord.ContextChange */) { // Context change
                contextHash = id;
                return;
            }
            else if (size == -4 /* SpecialRecord.LookAhead */) {
                lookAhead = id;
                return;
            }
            else {
                throw new RangeError(`Unrecognized record size: ${size}`);
            }
        }
        let type = types[id], node, buffer;
        let startPos = start - parentStart;
        if (end - start <= maxBufferLength && (buffer = findBufferSize(cursor.pos - minPos, inRepeat))) {
            // Small enough for a buffer, and no reused nodes inside
            let data = new Uint16Array(buffer.size - buffer.skip);
            let endPos = cursor.pos - buffer.size, index = data.length;
            while (cursor.pos > endPos)
                index = copyToBuffer(buffer.start, data, index);
            node = new TreeBuffer(data, end - buffer.start, nodeSet);
            startPos = buffer.start - parentStart;
        }
        else { // Make it a node
            let endPos = cursor.pos - size;
            cursor.next();
            let localChildren = [], localPositions = [];
            let localInRepeat = id >= minRepeatType ? id : -1;
            let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
            while (cursor.pos > endPos) {
                if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
                    if (cursor.end <= lastEnd - maxBufferLength) {
                        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
                        lastGroup = localChildren.length;
                        lastEnd = cursor.end;
                        // The buffer is read backwards, so the current look-ahead is
                        // the one recorded after the next group's end.
                        groupLookAhead = lookAhead;
                    }
                    cursor.next();
                }
                else if (depth > 2500 /* CutOff.Depth */) {
                    takeFlatNode(start, endPos, localChildren, localPositions);
                }
                else {
                    // If the next entry is a reused node matching the local
                    // repeat, flush a repeat leaf and move lastGroup past it
                    if (localInRepeat >= 0 && cursor.size == -1 /* SpecialRecord.Reuse */ &&
                        reused[cursor.id].type == nodeSet.types[localInRepeat]) {
                        if (lastGroup < localChildren.length)
                            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
                        lastGroup = localChildren.length + 1;
                        lastEnd = cursor.start;
                        groupLookAhead = lookAhead;
                    }
                    takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
                }
            }
            if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
                makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            localChildren.reverse();
            localPositions.reverse();
            if (localInRepeat > -1 && lastGroup > 0) {
                let make = makeBalanced(type, contextAtStart);
                node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
            }
            else {
                node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
            }
        }
        children.push(node);
        positions.push(startPos);
    }
    function takeFlatNode(parentStart, minPos, children, positions) {
        let nodes = []; // Temporary, inverted array of leaf nodes found, with absolute positions
        let nodeCount = 0, stopAt = -1;
        while (cursor.pos > minPos) {
            let { id, start, end, size } = cursor;
            if (size > 4) { // Not a leaf
                cursor.next();
            }
            else if (stopAt > -1 && start < stopAt) {
                break;
            }
            else {
                if (stopAt < 0)
                    stopAt = end - maxBufferLength;
                nodes.push(id, start, end);
                nodeCount++;
                cursor.next();
            }
        }
        if (nodeCount) {
            let buffer = new Uint16Array(nodeCount * 4);
            let start = nodes[nodes.length - 2];
            for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
                buffer[j++] = nodes[i];
                buffer[j++] = nodes[i + 1] - start;
                buffer[j++] = nodes[i + 2] - start;
                buffer[j++] = j;
            }
            children.push(new TreeBuffer(buffer, nodes[2] - start, nodeSet));
            positions.push(start - parentStart);
        }
    }
    function makeBalanced(type, contextHash) {
        return (children, positions, length) => {
            let lookAhead = 0, lastI = children.length - 1, last, lookAheadProp;
            if (lastI >= 0 && (last = children[lastI]) instanceof Tree) {
                if (!lastI && last.type == type && last.length == length)
                    return last;
                if (lookAheadProp = last.prop(dist_NodeProp.lookAhead))
                    lookAhead = positions[lastI] + last.length + lookAheadProp - length;
            }
            return makeTree(type, children, positions, length, lookAhead, contextHash);
        };
    }
    function makeRepeatLeaf(children, positions, base, i, from, to, type, lookAhead, contextHash) {
        let localChildren = [], localPositions = [];
        while (children.length > i) {
            localChildren.push(children.pop());
            localPositions.push(positions.pop() + base - from);
        }
        children.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead - to, contextHash));
        positions.push(from - base);
    }
    function makeTree(type, children, positions, length, lookAhead, contextHash, props) {
        if (contextHash) {
            let pair = [dist_NodeProp.contextHash, contextHash];
            props = props ? [pair].concat(props) : [pair];
        }
        if (lookAhead > 25) {
            let pair = [dist_NodeProp.lookAhead, lookAhead];
            props = props ? [pair].concat(props) : [pair];
        }
        return new Tree(type, children, positions, length, props);
    }
    function findBufferSize(maxSize, inRepeat) {
        // Scan through the buffer to find previous siblings that fit
        // together in a TreeBuffer, and don't contain any reused nodes
        // (which can't be stored in a buffer).
        // If `inRepeat` is > -1, ignore node boundaries of that type for
        // nesting, but make sure the end falls either at the start
        // (`maxSize`) or before such a node.
        let fork = cursor.fork();
        let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
        let result = { size: 0, start: 0, skip: 0 };
        scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos;) {
            let nodeSize = fork.size;
            // Pretend nested repeat nodes of the same type don't exist
            if (fork.id == inRepeat && nodeSize >= 0) {
                // Except that we store the current state as a valid return
                // value.
                result.size = size;
                result.start = start;
                result.skip = skip;
                skip += 4;
                size += 4;
                fork.next();
                continue;
            }
            let startPos = fork.pos - nodeSize;
            if (nodeSize < 0 || startPos < minPos || fork.start < minStart)
                break;
            let localSkipped = fork.id >= minRepeatType ? 4 : 0;
            let nodeStart = fork.start;
            fork.next();
            while (fork.pos > startPos) {
                if (fork.size < 0) {
                    if (fork.size == -3 /* SpecialRecord.ContextChange */ || fork.size == -4 /* SpecialRecord.LookAhead */)
                        localSkipped += 4;
                    else
                        break scan;
                }
                else if (fork.id >= minRepeatType) {
                    localSkipped += 4;
                }
                fork.next();
            }
            start = nodeStart;
            size += nodeSize;
            skip += localSkipped;
        }
        if (inRepeat < 0 || size == maxSize) {
            result.size = size;
            result.start = start;
            result.skip = skip;
        }
        return result.size > 4 ? result : undefined;
    }
    function copyToBuffer(bufferStart, buffer, index) {
        let { id, start, end, size } = cursor;
        cursor.next();
        if (size >= 0 && id < minRepeatType) {
            let startIndex = index;
            if (size > 4) {
                let endPos = cursor.pos - (size - 4);
                while (cursor.pos > endPos)
                    index = copyToBuffer(bufferStart, buffer, index);
            }
            buffer[--index] = startIndex;
            buffer[--index] = end - bufferStart;
            buffer[--index] = start - bufferStart;
            buffer[--index] = id;
        }
        else if (size == -3 /* SpecialRecord.ContextChange */) {
            contextHash = id;
        }
        else if (size == -4 /* SpecialRecord.LookAhead */) {
            lookAhead = id;
        }
        return index;
    }
    let children = [], positions = [];
    while (cursor.pos > 0)
        takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
    let length = (_a = data.length) !== null && _a !== void 0 ? _a : (children.length ? positions[0] + children[0].length : 0);
    return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
const nodeSizeCache = new WeakMap;
function nodeSize(balanceType, node) {
    if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
        return 1;
    let size = nodeSizeCache.get(node);
    if (size == null) {
        size = 1;
        for (let child of node.children) {
            if (child.type != balanceType || !(child instanceof Tree)) {
                size = 1;
                break;
            }
            size += nodeSize(balanceType, child);
        }
        nodeSizeCache.set(node, size);
    }
    return size;
}
function balanceRange(
// The type the balanced tree's inner nodes.
balanceType, 
// The direct children and their positions
children, positions, 
// The index range in children/positions to use
from, to, 
// The start position of the nodes, relative to their parent.
start, 
// Length of the outer node
length, 
// Function to build the top node of the balanced tree
mkTop, 
// Function to build internal nodes for the balanced tree
mkTree) {
    let total = 0;
    for (let i = from; i < to; i++)
        total += nodeSize(balanceType, children[i]);
    let maxChild = Math.ceil((total * 1.5) / 8 /* Balance.BranchFactor */);
    let localChildren = [], localPositions = [];
    function divide(children, positions, from, to, offset) {
        for (let i = from; i < to;) {
            let groupFrom = i, groupStart = positions[i], groupSize = nodeSize(balanceType, children[i]);
            i++;
            for (; i < to; i++) {
                let nextSize = nodeSize(balanceType, children[i]);
                if (groupSize + nextSize >= maxChild)
                    break;
                groupSize += nextSize;
            }
            if (i == groupFrom + 1) {
                if (groupSize > maxChild) {
                    let only = children[groupFrom]; // Only trees can have a size > 1
                    divide(only.children, only.positions, 0, only.children.length, positions[groupFrom] + offset);
                    continue;
                }
                localChildren.push(children[groupFrom]);
            }
            else {
                let length = positions[i - 1] + children[i - 1].length - groupStart;
                localChildren.push(balanceRange(balanceType, children, positions, groupFrom, i, groupStart, length, null, mkTree));
            }
            localPositions.push(groupStart + offset - start);
        }
    }
    divide(children, positions, from, to, 0);
    return (mkTop || mkTree)(localChildren, localPositions, length);
}
/**
Provides a way to associate values with pieces of trees. As long
as that part of the tree is reused, the associated values can be
retrieved from an updated tree.
*/
class NodeWeakMap {
    constructor() {
        this.map = new WeakMap();
    }
    setBuffer(buffer, index, value) {
        let inner = this.map.get(buffer);
        if (!inner)
            this.map.set(buffer, inner = new Map);
        inner.set(index, value);
    }
    getBuffer(buffer, index) {
        let inner = this.map.get(buffer);
        return inner && inner.get(index);
    }
    /**
    Set the value for this syntax node.
    */
    set(node, value) {
        if (node instanceof BufferNode)
            this.setBuffer(node.context.buffer, node.index, value);
        else if (node instanceof TreeNode)
            this.map.set(node.tree, value);
    }
    /**
    Retrieve value for this syntax node, if it exists in the map.
    */
    get(node) {
        return node instanceof BufferNode ? this.getBuffer(node.context.buffer, node.index)
            : node instanceof TreeNode ? this.map.get(node.tree) : undefined;
    }
    /**
    Set the value for the node that a cursor currently points to.
    */
    cursorSet(cursor, value) {
        if (cursor.buffer)
            this.setBuffer(cursor.buffer.buffer, cursor.index, value);
        else
            this.map.set(cursor.tree, value);
    }
    /**
    Retrieve the value for the node that a cursor currently points
    to.
    */
    cursorGet(cursor) {
        return cursor.buffer ? this.getBuffer(cursor.buffer.buffer, cursor.index) : this.map.get(cursor.tree);
    }
}

/**
Tree fragments are used during [incremental
parsing](#common.Parser.startParse) to track parts of old trees
that can be reused in a new parse. An array of fragments is used
to track regions of an old tree whose nodes might be reused in new
parses. Use the static
[`applyChanges`](#common.TreeFragment^applyChanges) method to
update fragments for document changes.
*/
class TreeFragment {
    /**
    Construct a tree fragment. You'll usually want to use
    [`addTree`](#common.TreeFragment^addTree) and
    [`applyChanges`](#common.TreeFragment^applyChanges) instead of
    calling this directly.
    */
    constructor(
    /**
    The start of the unchanged range pointed to by this fragment.
    This refers to an offset in the _updated_ document (as opposed
    to the original tree).
    */
    from, 
    /**
    The end of the unchanged range.
    */
    to, 
    /**
    The tree that this fragment is based on.
    */
    tree, 
    /**
    The offset between the fragment's tree and the document that
    this fragment can be used against. Add this when going from
    document to tree positions, subtract it to go from tree to
    document positions.
    */
    offset, openStart = false, openEnd = false) {
        this.from = from;
        this.to = to;
        this.tree = tree;
        this.offset = offset;
        this.open = (openStart ? 1 /* Open.Start */ : 0) | (openEnd ? 2 /* Open.End */ : 0);
    }
    /**
    Whether the start of the fragment represents the start of a
    parse, or the end of a change. (In the second case, it may not
    be safe to reuse some nodes at the start, depending on the
    parsing algorithm.)
    */
    get openStart() { return (this.open & 1 /* Open.Start */) > 0; }
    /**
    Whether the end of the fragment represents the end of a
    full-document parse, or the start of a change.
    */
    get openEnd() { return (this.open & 2 /* Open.End */) > 0; }
    /**
    Create a set of fragments from a freshly parsed tree, or update
    an existing set of fragments by replacing the ones that overlap
    with a tree with content from the new tree. When `partial` is
    true, the parse is treated as incomplete, and the resulting
    fragment has [`openEnd`](#common.TreeFragment.openEnd) set to
    true.
    */
    static addTree(tree, fragments = [], partial = false) {
        let result = [new TreeFragment(0, tree.length, tree, 0, false, partial)];
        for (let f of fragments)
            if (f.to > tree.length)
                result.push(f);
        return result;
    }
    /**
    Apply a set of edits to an array of fragments, removing or
    splitting fragments as necessary to remove edited ranges, and
    adjusting offsets for fragments that moved.
    */
    static applyChanges(fragments, changes, minGap = 128) {
        if (!changes.length)
            return fragments;
        let result = [];
        let fI = 1, nextF = fragments.length ? fragments[0] : null;
        for (let cI = 0, pos = 0, off = 0;; cI++) {
            let nextC = cI < changes.length ? changes[cI] : null;
            let nextPos = nextC ? nextC.fromA : 1e9;
            if (nextPos - pos >= minGap)
                while (nextF && nextF.from < nextPos) {
                    let cut = nextF;
                    if (pos >= cut.from || nextPos <= cut.to || off) {
                        let fFrom = Math.max(cut.from, pos) - off, fTo = Math.min(cut.to, nextPos) - off;
                        cut = fFrom >= fTo ? null : new TreeFragment(fFrom, fTo, cut.tree, cut.offset + off, cI > 0, !!nextC);
                    }
                    if (cut)
                        result.push(cut);
                    if (nextF.to > nextPos)
                        break;
                    nextF = fI < fragments.length ? fragments[fI++] : null;
                }
            if (!nextC)
                break;
            pos = nextC.toA;
            off = nextC.toA - nextC.toB;
        }
        return result;
    }
}
/**
A superclass that parsers should extend.
*/
class Parser {
    /**
    Start a parse, returning a [partial parse](#common.PartialParse)
    object. [`fragments`](#common.TreeFragment) can be passed in to
    make the parse incremental.
    
    By default, the entire input is parsed. You can pass `ranges`,
    which should be a sorted array of non-empty, non-overlapping
    ranges, to parse only those ranges. The tree returned in that
    case will start at `ranges[0].from`.
    */
    startParse(input, fragments, ranges) {
        if (typeof input == "string")
            input = new StringInput(input);
        ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map(r => new Range(r.from, r.to)) : [new Range(0, 0)];
        return this.createParse(input, fragments || [], ranges);
    }
    /**
    Run a full parse, returning the resulting tree.
    */
    parse(input, fragments, ranges) {
        let parse = this.startParse(input, fragments, ranges);
        for (;;) {
            let done = parse.advance();
            if (done)
                return done;
        }
    }
}
class StringInput {
    constructor(string) {
        this.string = string;
    }
    get length() { return this.string.length; }
    chunk(from) { return this.string.slice(from); }
    get lineChunks() { return false; }
    read(from, to) { return this.string.slice(from, to); }
}

/**
Create a parse wrapper that, after the inner parse completes,
scans its tree for mixed language regions with the `nest`
function, runs the resulting [inner parses](#common.NestedParse),
and then [mounts](#common.NodeProp^mounted) their results onto the
tree.
*/
function parseMixed(nest) {
    return (parse, input, fragments, ranges) => new MixedParse(parse, nest, input, fragments, ranges);
}
class InnerParse {
    constructor(parser, parse, overlay, bracketed, target, from) {
        this.parser = parser;
        this.parse = parse;
        this.overlay = overlay;
        this.bracketed = bracketed;
        this.target = target;
        this.from = from;
    }
}
function checkRanges(ranges) {
    if (!ranges.length || ranges.some(r => r.from >= r.to))
        throw new RangeError("Invalid inner parse ranges given: " + JSON.stringify(ranges));
}
class ActiveOverlay {
    constructor(parser, predicate, mounts, index, start, bracketed, target, prev) {
        this.parser = parser;
        this.predicate = predicate;
        this.mounts = mounts;
        this.index = index;
        this.start = start;
        this.bracketed = bracketed;
        this.target = target;
        this.prev = prev;
        this.depth = 0;
        this.ranges = [];
    }
}
const stoppedInner = new dist_NodeProp({ perNode: true });
class MixedParse {
    constructor(base, nest, input, fragments, ranges) {
        this.nest = nest;
        this.input = input;
        this.fragments = fragments;
        this.ranges = ranges;
        this.inner = [];
        this.innerDone = 0;
        this.baseTree = null;
        this.stoppedAt = null;
        this.baseParse = base;
    }
    advance() {
        if (this.baseParse) {
            let done = this.baseParse.advance();
            if (!done)
                return null;
            this.baseParse = null;
            this.baseTree = done;
            this.startInner();
            if (this.stoppedAt != null)
                for (let inner of this.inner)
                    inner.parse.stopAt(this.stoppedAt);
        }
        if (this.innerDone == this.inner.length) {
            let result = this.baseTree;
            if (this.stoppedAt != null)
                result = new Tree(result.type, result.children, result.positions, result.length, result.propValues.concat([[stoppedInner, this.stoppedAt]]));
            return result;
        }
        let inner = this.inner[this.innerDone], done = inner.parse.advance();
        if (done) {
            this.innerDone++;
            // This is a somewhat dodgy but super helpful hack where we
            // patch up nodes created by the inner parse (and thus
            // presumably not aliased anywhere else) to hold the information
            // about the inner parse.
            let props = Object.assign(Object.create(null), inner.target.props);
            props[dist_NodeProp.mounted.id] = new MountedTree(done, inner.overlay, inner.parser, inner.bracketed);
            inner.target.props = props;
        }
        return null;
    }
    get parsedPos() {
        if (this.baseParse)
            return 0;
        let pos = this.input.length;
        for (let i = this.innerDone; i < this.inner.length; i++) {
            if (this.inner[i].from < pos)
                pos = Math.min(pos, this.inner[i].parse.parsedPos);
        }
        return pos;
    }
    stopAt(pos) {
        this.stoppedAt = pos;
        if (this.baseParse)
            this.baseParse.stopAt(pos);
        else
            for (let i = this.innerDone; i < this.inner.length; i++)
                this.inner[i].parse.stopAt(pos);
    }
    startInner() {
        let fragmentCursor = new FragmentCursor(this.fragments);
        let overlay = null;
        let covered = null;
        let cursor = new TreeCursor(new TreeNode(this.baseTree, this.ranges[0].from, 0, null), IterMode.IncludeAnonymous | IterMode.IgnoreMounts);
        scan: for (let nest, isCovered;;) {
            let enter = true, range;
            if (this.stoppedAt != null && cursor.from >= this.stoppedAt) {
                enter = false;
            }
            else if (fragmentCursor.hasNode(cursor)) {
                if (overlay) {
                    let match = overlay.mounts.find(m => m.frag.from <= cursor.from && m.frag.to >= cursor.to && m.mount.overlay);
                    if (match)
                        for (let r of match.mount.overlay) {
                            let from = r.from + match.pos, to = r.to + match.pos;
                            if (from >= cursor.from && to <= cursor.to && !overlay.ranges.some(r => r.from < to && r.to > from))
                                overlay.ranges.push({ from, to });
                        }
                }
                enter = false;
            }
            else if (covered && (isCovered = checkCover(covered.ranges, cursor.from, cursor.to))) {
                enter = isCovered != 2 /* Cover.Full */;
            }
            else if (!cursor.type.isAnonymous && (nest = this.nest(cursor, this.input)) &&
                (cursor.from < cursor.to || !nest.overlay)) {
                if (!cursor.tree) {
                    materialize(cursor);
                    // materialize create one more level of nesting
                    // we need to add depth to active overlay for going backwards
                    if (overlay)
                        overlay.depth++;
                    if (covered)
                        covered.depth++;
                }
                let oldMounts = fragmentCursor.findMounts(cursor.from, nest.parser);
                if (typeof nest.overlay == "function") {
                    overlay = new ActiveOverlay(nest.parser, nest.overlay, oldMounts, this.inner.length, cursor.from, !!nest.bracketed, cursor.tree, overlay);
                }
                else {
                    let ranges = punchRanges(this.ranges, nest.overlay ||
                        (cursor.from < cursor.to ? [new Range(cursor.from, cursor.to)] : []));
                    if (ranges.length)
                        checkRanges(ranges);
                    if (ranges.length || !nest.overlay)
                        this.inner.push(new InnerParse(nest.parser, ranges.length ? nest.parser.startParse(this.input, enterFragments(oldMounts, ranges), ranges)
                            : nest.parser.startParse(""), nest.overlay ? nest.overlay.map(r => new Range(r.from - cursor.from, r.to - cursor.from)) : null, !!nest.bracketed, cursor.tree, ranges.length ? ranges[0].from : cursor.from));
                    if (!nest.overlay)
                        enter = false;
                    else if (ranges.length)
                        covered = { ranges, depth: 0, prev: covered };
                }
            }
            else if (overlay && (range = overlay.predicate(cursor))) {
                if (range === true)
                    range = new Range(cursor.from, cursor.to);
                if (range.from < range.to) {
                    let last = overlay.ranges.length - 1;
                    if (last >= 0 && overlay.ranges[last].to == range.from)
                        overlay.ranges[last] = { from: overlay.ranges[last].from, to: range.to };
                    else
                        overlay.ranges.push(range);
                }
            }
            if (enter && cursor.firstChild()) {
                if (overlay)
                    overlay.depth++;
                if (covered)
                    covered.depth++;
            }
            else {
                for (;;) {
                    if (cursor.nextSibling())
                        break;
                    if (!cursor.parent())
                        break scan;
                    if (overlay && !--overlay.depth) {
                        let ranges = punchRanges(this.ranges, overlay.ranges);
                        if (ranges.length) {
                            checkRanges(ranges);
                            this.inner.splice(overlay.index, 0, new InnerParse(overlay.parser, overlay.parser.startParse(this.input, enterFragments(overlay.mounts, ranges), ranges), overlay.ranges.map(r => new Range(r.from - overlay.start, r.to - overlay.start)), overlay.bracketed, overlay.target, ranges[0].from));
                        }
                        overlay = overlay.prev;
                    }
                    if (covered && !--covered.depth)
                        covered = covered.prev;
                }
            }
        }
    }
}
function checkCover(covered, from, to) {
    for (let range of covered) {
        if (range.from >= to)
            break;
        if (range.to > from)
            return range.from <= from && range.to >= to ? 2 /* Cover.Full */ : 1 /* Cover.Partial */;
    }
    return 0 /* Cover.None */;
}
// Take a piece of buffer and convert it into a stand-alone
// TreeBuffer.
function sliceBuf(buf, startI, endI, nodes, positions, off) {
    if (startI < endI) {
        let from = buf.buffer[startI + 1];
        nodes.push(buf.slice(startI, endI, from));
        positions.push(from - off);
    }
}
// This function takes a node that's in a buffer, and converts it, and
// its parent buffer nodes, into a Tree. This is again acting on the
// assumption that the trees and buffers have been constructed by the
// parse that was ran via the mix parser, and thus aren't shared with
// any other code, making violations of the immutability safe.
function materialize(cursor) {
    let { node } = cursor, stack = [];
    let buffer = node.context.buffer;
    // Scan up to the nearest tree
    do {
        stack.push(cursor.index);
        cursor.parent();
    } while (!cursor.tree);
    // Find the index of the buffer in that tree
    let base = cursor.tree, i = base.children.indexOf(buffer);
    let buf = base.children[i], b = buf.buffer, newStack = [i];
    // Split a level in the buffer, putting the nodes before and after
    // the child that contains `node` into new buffers.
    function split(startI, endI, type, innerOffset, length, stackPos) {
        let targetI = stack[stackPos];
        let children = [], positions = [];
        sliceBuf(buf, startI, targetI, children, positions, innerOffset);
        let from = b[targetI + 1], to = b[targetI + 2];
        newStack.push(children.length);
        let child = stackPos
            ? split(targetI + 4, b[targetI + 3], buf.set.types[b[targetI]], from, to - from, stackPos - 1)
            : node.toTree();
        children.push(child);
        positions.push(from - innerOffset);
        sliceBuf(buf, b[targetI + 3], endI, children, positions, innerOffset);
        return new Tree(type, children, positions, length);
    }
    base.children[i] = split(0, b.length, NodeType.none, 0, buf.length, stack.length - 1);
    // Move the cursor back to the target node
    for (let index of newStack) {
        let tree = cursor.tree.children[index], pos = cursor.tree.positions[index];
        cursor.yield(new TreeNode(tree, pos + cursor.from, index, cursor._tree));
    }
}
class StructureCursor {
    constructor(root, offset) {
        this.offset = offset;
        this.done = false;
        this.cursor = root.cursor(IterMode.IncludeAnonymous | IterMode.IgnoreMounts | IterMode.ExcludeBuffers);
    }
    // Move to the first node (in pre-order) that starts at or after `pos`.
    moveTo(pos) {
        let { cursor } = this, p = pos - this.offset;
        while (!this.done && cursor.from < p) {
            if (cursor.to >= p && cursor.enter(p, 1, IterMode.IncludeAnonymous | IterMode.IgnoreMounts | IterMode.IgnoreOverlays | IterMode.ExcludeBuffers)) ;
            else if (cursor.to <= p) {
                if (!cursor.next(false))
                    this.done = true;
                // Moved to next node
            }
            else {
                break;
            }
        }
    }
    hasNode(cursor) {
        this.moveTo(cursor.from);
        if (!this.done && this.cursor.from + this.offset == cursor.from && this.cursor.tree) {
            for (let tree = this.cursor.tree;;) {
                if (tree == cursor.tree)
                    return true;
                if (tree.children.length && tree.positions[0] == 0 && tree.children[0] instanceof Tree)
                    tree = tree.children[0];
                else
                    break;
            }
        }
        return false;
    }
}
// The end of the range in which a fragment's nodes can be reused. For
// a tree from a stopped parse, that is no further than the stop
// position (in tree coordinates, so it is mapped to the document).
function fragEnd(frag) {
    let stopped = frag.tree.prop(stoppedInner);
    return stopped == null ? frag.to : Math.min(frag.to, stopped - frag.offset);
}
class FragmentCursor {
    constructor(fragments) {
        this.fragments = fragments;
        this.curTo = 0;
        this.fragI = 0;
        if (fragments.length) {
            let first = this.curFrag = fragments[0];
            this.curTo = fragEnd(first);
            this.inner = new StructureCursor(first.tree, -first.offset);
        }
        else {
            this.curFrag = this.inner = null;
        }
    }
    hasNode(node) {
        while (this.curFrag && node.from >= this.curTo)
            this.nextFrag();
        return this.curFrag && this.curFrag.from <= node.from && this.curTo >= node.to && this.inner.hasNode(node);
    }
    nextFrag() {
        this.fragI++;
        if (this.fragI == this.fragments.length) {
            this.curFrag = this.inner = null;
        }
        else {
            let frag = this.curFrag = this.fragments[this.fragI];
            this.curTo = fragEnd(frag);
            this.inner = new StructureCursor(frag.tree, -frag.offset);
        }
    }
    findMounts(pos, parser) {
        var _a;
        let result = [];
        if (this.inner) {
            this.inner.cursor.moveTo(pos, 1);
            for (let pos = this.inner.cursor.node; pos; pos = pos.parent) {
                let mount = (_a = pos.tree) === null || _a === void 0 ? void 0 : _a.prop(dist_NodeProp.mounted);
                if (mount && mount.parser == parser) {
                    for (let i = this.fragI; i < this.fragments.length; i++) {
                        let frag = this.fragments[i];
                        if (frag.from >= pos.to)
                            break;
                        if (frag.tree == this.curFrag.tree)
                            result.push({
                                frag,
                                pos: pos.from - frag.offset,
                                mount
                            });
                    }
                }
            }
        }
        return result;
    }
}
function punchRanges(outer, ranges) {
    let copy = null, current = ranges;
    for (let i = 1, j = 0; i < outer.length; i++) {
        let gapFrom = outer[i - 1].to, gapTo = outer[i].from;
        for (; j < current.length; j++) {
            let r = current[j];
            if (r.from >= gapTo)
                break;
            if (r.to <= gapFrom)
                continue;
            if (!copy)
                current = copy = ranges.slice();
            if (r.from < gapFrom) {
                copy[j] = new Range(r.from, gapFrom);
                if (r.to > gapTo)
                    copy.splice(j + 1, 0, new Range(gapTo, r.to));
            }
            else if (r.to > gapTo) {
                copy[j--] = new Range(gapTo, r.to);
            }
            else {
                copy.splice(j--, 1);
            }
        }
    }
    return current;
}
function findCoverChanges(a, b, from, to) {
    let iA = 0, iB = 0, inA = false, inB = false, pos = -1e9;
    let result = [];
    for (;;) {
        let nextA = iA == a.length ? 1e9 : inA ? a[iA].to : a[iA].from;
        let nextB = iB == b.length ? 1e9 : inB ? b[iB].to : b[iB].from;
        if (inA != inB) {
            let start = Math.max(pos, from), end = Math.min(nextA, nextB, to);
            if (start < end)
                result.push(new Range(start, end));
        }
        pos = Math.min(nextA, nextB);
        if (pos == 1e9)
            break;
        if (nextA == pos) {
            if (!inA)
                inA = true;
            else {
                inA = false;
                iA++;
            }
        }
        if (nextB == pos) {
            if (!inB)
                inB = true;
            else {
                inB = false;
                iB++;
            }
        }
    }
    return result;
}
// Given a number of fragments for the outer tree, and a set of ranges
// to parse, find fragments for inner trees mounted around those
// ranges, if any.
function enterFragments(mounts, ranges) {
    let result = [];
    for (let { pos, mount, frag } of mounts) {
        let startPos = pos + (mount.overlay ? mount.overlay[0].from : 0), endPos = startPos + mount.tree.length;
        let from = Math.max(frag.from, startPos), to = Math.min(frag.to, endPos);
        if (mount.overlay) {
            let overlay = mount.overlay.map(r => new Range(r.from + pos, r.to + pos));
            let changes = findCoverChanges(ranges, overlay, from, to);
            for (let i = 0, pos = from;; i++) {
                let last = i == changes.length, end = last ? to : changes[i].from;
                if (end > pos)
                    result.push(new TreeFragment(pos, end, mount.tree, -startPos, frag.from >= pos || frag.openStart, frag.to <= end || frag.openEnd));
                if (last)
                    break;
                pos = changes[i].to;
            }
        }
        else {
            result.push(new TreeFragment(from, to, mount.tree, -startPos, frag.from >= startPos || frag.openStart, frag.to <= endPos || frag.openEnd));
        }
    }
    return result;
}



;// CONCATENATED MODULE: ./node_modules/@lezer/lr/dist/index.js


/**
A parse stack. These are used internally by the parser to track
parsing progress. They also provide some properties and methods
that external code such as a tokenizer can use to get information
about the parse state.
*/
class Stack {
    /**
    @internal
    */
    constructor(
    /**
    The parse that this stack is part of @internal
    */
    p, 
    /**
    Holds state, input pos, buffer index triplets for all but the
    top state @internal
    */
    stack, 
    /**
    The current parse state @internal
    */
    state, 
    // The position at which the next reduce should take place. This
    // can be less than `this.pos` when skipped expressions have been
    // added to the stack (which should be moved outside of the next
    // reduction)
    /**
    @internal
    */
    reducePos, 
    /**
    The input position up to which this stack has parsed.
    */
    pos, 
    /**
    The dynamic score of the stack, including dynamic precedence
    and error-recovery penalties
    @internal
    */
    score, 
    // The output buffer. Holds (type, start, end, size) quads
    // representing nodes created by the parser, where `size` is
    // amount of buffer array entries covered by this node.
    /**
    @internal
    */
    buffer, 
    // The base offset of the buffer. When stacks are split, the split
    // instance shared the buffer history with its parent up to
    // `bufferBase`, which is the absolute offset (including the
    // offset of previous splits) into the buffer at which this stack
    // starts writing.
    /**
    @internal
    */
    bufferBase, 
    /**
    @internal
    */
    curContext, 
    /**
    @internal
    */
    lookAhead = 0, 
    // A parent stack from which this was split off, if any. This is
    // set up so that it always points to a stack that has some
    // additional buffer content, never to a stack with an equal
    // `bufferBase`.
    /**
    @internal
    */
    parent) {
        this.p = p;
        this.stack = stack;
        this.state = state;
        this.reducePos = reducePos;
        this.pos = pos;
        this.score = score;
        this.buffer = buffer;
        this.bufferBase = bufferBase;
        this.curContext = curContext;
        this.lookAhead = lookAhead;
        this.parent = parent;
    }
    /**
    @internal
    */
    toString() {
        return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
    }
    // Start an empty stack
    /**
    @internal
    */
    static start(p, state, pos = 0) {
        let cx = p.parser.context;
        return new Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
    }
    /**
    The stack's current [context](#lr.ContextTracker) value, if
    any. Its type will depend on the context tracker's type
    parameter, or it will be `null` if there is no context
    tracker.
    */
    get context() { return this.curContext ? this.curContext.context : null; }
    // Push a state onto the stack, tracking its start position as well
    // as the buffer base at that point.
    /**
    @internal
    */
    pushState(state, start) {
        this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
        this.state = state;
    }
    // Apply a reduce action
    /**
    @internal
    */
    reduce(action) {
        var _a;
        let depth = action >> 19 /* Action.ReduceDepthShift */, type = action & 65535 /* Action.ValueMask */;
        let { parser } = this.p;
        let lookaheadRecord = this.reducePos < this.pos - 25 /* Lookahead.Margin */ && this.setLookAhead(this.pos);
        let dPrec = parser.dynamicPrecedence(type);
        if (dPrec)
            this.score += dPrec;
        if (depth == 0) {
            if (type < parser.minRepeatTerm && this.reducePos < this.pos)
                this.reducePos = this.pos;
            this.pushState(parser.getGoto(this.state, type, true), this.reducePos);
            // Zero-depth reductions are a special case—they add stuff to
            // the stack without popping anything off.
            if (type < parser.minRepeatTerm)
                this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
            this.reduceContext(type, this.reducePos);
            return;
        }
        // Find the base index into `this.stack`, content after which will
        // be dropped. Note that with `StayFlag` reductions we need to
        // consume two extra frames (the dummy parent node for the skipped
        // expression and the state that we'll be staying in, which should
        // be moved to `this.state`).
        let base = this.stack.length - ((depth - 1) * 3) - (action & 262144 /* Action.StayFlag */ ? 6 : 0);
        let start = base ? this.stack[base - 2] : this.p.ranges[0].from;
        if (type < parser.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
            this.reducePos = this.pos;
        let size = this.reducePos - start;
        // This is a kludge to try and detect overly deep left-associative
        // trees, which will not increase the parse stack depth and thus
        // won't be caught by the regular stack-depth limit check.
        if (size >= 2000 /* Recover.MinBigReduction */ && !((_a = this.p.parser.nodeSet.types[type]) === null || _a === void 0 ? void 0 : _a.isAnonymous)) {
            if (start == this.p.lastBigReductionStart) {
                this.p.bigReductionCount++;
                this.p.lastBigReductionSize = size;
            }
            else if (this.p.lastBigReductionSize < size) {
                this.p.bigReductionCount = 1;
                this.p.lastBigReductionStart = start;
                this.p.lastBigReductionSize = size;
            }
        }
        let bufferBase = base ? this.stack[base - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
        // Store normal terms or `R -> R R` repeat reductions
        if (type < parser.minRepeatTerm || (action & 131072 /* Action.RepeatFlag */)) {
            let pos = parser.stateFlag(this.state, 1 /* StateFlag.Skipped */) ? this.pos : this.reducePos;
            this.storeNode(type, start, pos, count + 4, true);
        }
        if (action & 262144 /* Action.StayFlag */) {
            this.state = this.stack[base];
        }
        else {
            let baseStateID = this.stack[base - 3];
            this.state = parser.getGoto(baseStateID, type, true);
        }
        while (this.stack.length > base)
            this.stack.pop();
        this.reduceContext(type, start);
    }
    // Shift a value into the buffer
    /**
    @internal
    */
    storeNode(term, start, end, size = 4, mustSink = false) {
        if (term == 0 /* Term.Err */ &&
            (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
            // Try to omit/merge adjacent error nodes
            let top = this.buffer.length;
            if (top > 0 && this.buffer[top - 4] == 0 /* Term.Err */ && this.buffer[top - 1] > -1) {
                if (start == end)
                    return;
                if (this.buffer[top - 2] >= start) {
                    this.buffer[top - 2] = end;
                    return;
                }
            }
        }
        if (!mustSink || this.pos == end) { // Simple case, just append
            this.buffer.push(term, start, end, size);
        }
        else { // There may be skipped nodes that have to be moved forward
            let index = this.buffer.length;
            if (index > 0 && (this.buffer[index - 4] != 0 /* Term.Err */ || this.buffer[index - 1] < 0)) {
                let mustMove = false;
                for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4) {
                    if (this.buffer[scan - 1] >= 0) {
                        mustMove = true;
                        break;
                    }
                }
                if (mustMove)
                    while (index > 0 && this.buffer[index - 2] > end) {
                        // Move this record forward
                        this.buffer[index] = this.buffer[index - 4];
                        this.buffer[index + 1] = this.buffer[index - 3];
                        this.buffer[index + 2] = this.buffer[index - 2];
                        this.buffer[index + 3] = this.buffer[index - 1];
                        index -= 4;
                        if (size > 4)
                            size -= 4;
                    }
            }
            this.buffer[index] = term;
            this.buffer[index + 1] = start;
            this.buffer[index + 2] = end;
            this.buffer[index + 3] = size;
        }
    }
    // Apply a shift action
    /**
    @internal
    */
    shift(action, type, start, end) {
        if (action & 131072 /* Action.GotoFlag */) {
            this.pushState(action & 65535 /* Action.ValueMask */, this.pos);
        }
        else if ((action & 262144 /* Action.StayFlag */) == 0) { // Regular shift
            let nextState = action, { parser } = this.p;
            this.pos = end;
            let skipped = parser.stateFlag(nextState, 1 /* StateFlag.Skipped */);
            // Skipped or zero-length non-tree tokens don't move reducePos
            if (!skipped && (end > start || type <= parser.maxNode))
                this.reducePos = end;
            this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
            this.shiftContext(type, start);
            if (type <= parser.maxNode)
                this.buffer.push(type, start, end, 4);
        }
        else { // Shift-and-stay, which means this is a skipped token
            this.pos = end;
            this.shiftContext(type, start);
            if (type <= this.p.parser.maxNode)
                this.buffer.push(type, start, end, 4);
        }
    }
    // Apply an action
    /**
    @internal
    */
    apply(action, next, nextStart, nextEnd) {
        if (action & 65536 /* Action.ReduceFlag */)
            this.reduce(action);
        else
            this.shift(action, next, nextStart, nextEnd);
    }
    // Add a prebuilt (reused) node into the buffer.
    /**
    @internal
    */
    useNode(value, next, start) {
        let index = this.p.reused.length - 1;
        if (index < 0 || this.p.reused[index] != value) {
            this.p.reused.push(value);
            index++;
        }
        let end = this.reducePos = this.pos = start + value.length;
        this.pushState(next, start);
        this.buffer.push(index, start, end, -1 /* size == -1 means this is a reused value */);
        if (this.curContext)
            this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream.reset(this.pos - value.length)));
    }
    // Split the stack. Due to the buffer sharing and the fact
    // that `this.stack` tends to stay quite shallow, this isn't very
    // expensive.
    /**
    @internal
    */
    split() {
        let parent = this;
        let off = parent.buffer.length;
        // Leave off top error node, if there, because that might be
        // merged with other nodes.
        if (off && parent.buffer[off - 4] == 0 /* Term.Err */)
            off -= 4;
        // Because the top of the buffer (after this.pos) may be mutated
        // to reorder reductions and skipped tokens, and shared buffers
        // should be immutable, this copies any outstanding skipped tokens
        // to the new buffer, and puts the base pointer before them.
        while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
            off -= 4;
        let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
        // Make sure parent points to an actual parent with content, if there is such a parent.
        while (parent && base == parent.bufferBase)
            parent = parent.parent;
        return new Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
    }
    // Try to recover from an error by 'deleting' (ignoring) one token.
    /**
    @internal
    */
    recoverByDelete(next, nextEnd) {
        let isNode = next <= this.p.parser.maxNode;
        if (isNode)
            this.storeNode(next, this.pos, nextEnd, 4);
        this.storeNode(0 /* Term.Err */, this.pos, nextEnd, isNode ? 8 : 4);
        this.pos = this.reducePos = nextEnd;
        this.score -= 190 /* Recover.Delete */;
    }
    /**
    Check if the given term would be able to be shifted (optionally
    after some reductions) on this stack. This can be useful for
    external tokenizers that want to make sure they only provide a
    given token when it applies.
    */
    canShift(term) {
        for (let sim = new SimulatedStack(this);;) {
            let action = this.p.parser.stateSlot(sim.state, 4 /* ParseState.DefaultReduce */) || this.p.parser.hasAction(sim.state, term);
            if (action == 0)
                return false;
            if ((action & 65536 /* Action.ReduceFlag */) == 0)
                return true;
            sim.reduce(action);
        }
    }
    // Apply up to Recover.MaxNext recovery actions that conceptually
    // inserts some missing token or rule.
    /**
    @internal
    */
    recoverByInsert(next) {
        if (this.stack.length >= 300 /* Recover.MaxInsertStackDepth */)
            return [];
        let nextStates = this.p.parser.nextStates(this.state);
        if (nextStates.length > 4 /* Recover.MaxNext */ << 1 || this.stack.length >= 120 /* Recover.DampenInsertStackDepth */) {
            let best = [];
            for (let i = 0, s; i < nextStates.length; i += 2) {
                if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
                    best.push(nextStates[i], s);
            }
            if (this.stack.length < 120 /* Recover.DampenInsertStackDepth */)
                for (let i = 0; best.length < 4 /* Recover.MaxNext */ << 1 && i < nextStates.length; i += 2) {
                    let s = nextStates[i + 1];
                    if (!best.some((v, i) => (i & 1) && v == s))
                        best.push(nextStates[i], s);
                }
            nextStates = best;
        }
        let result = [];
        for (let i = 0; i < nextStates.length && result.length < 4 /* Recover.MaxNext */; i += 2) {
            let s = nextStates[i + 1];
            if (s == this.state)
                continue;
            let stack = this.split();
            stack.pushState(s, this.pos);
            stack.storeNode(0 /* Term.Err */, stack.pos, stack.pos, 4, true);
            stack.shiftContext(nextStates[i], this.pos);
            stack.reducePos = this.pos;
            stack.score -= 200 /* Recover.Insert */;
            result.push(stack);
        }
        return result;
    }
    // Force a reduce, if possible. Return false if that can't
    // be done.
    /**
    @internal
    */
    forceReduce() {
        let { parser } = this.p;
        let reduce = parser.stateSlot(this.state, 5 /* ParseState.ForcedReduce */);
        if ((reduce & 65536 /* Action.ReduceFlag */) == 0)
            return false;
        if (!parser.validAction(this.state, reduce)) {
            let depth = reduce >> 19 /* Action.ReduceDepthShift */, term = reduce & 65535 /* Action.ValueMask */;
            let target = this.stack.length - depth * 3;
            if (target < 0 || parser.getGoto(this.stack[target], term, false) < 0) {
                let backup = this.findForcedReduction();
                if (backup == null)
                    return false;
                reduce = backup;
            }
            this.storeNode(0 /* Term.Err */, this.pos, this.pos, 4, true);
            this.score -= 100 /* Recover.Reduce */;
        }
        this.reducePos = this.pos;
        this.reduce(reduce);
        return true;
    }
    /**
    Try to scan through the automaton to find some kind of reduction
    that can be applied. Used when the regular ForcedReduce field
    isn't a valid action. @internal
    */
    findForcedReduction() {
        let { parser } = this.p, seen = [];
        let explore = (state, depth) => {
            if (seen.includes(state))
                return;
            seen.push(state);
            return parser.allActions(state, (action) => {
                if (action & (262144 /* Action.StayFlag */ | 131072 /* Action.GotoFlag */)) ;
                else if (action & 65536 /* Action.ReduceFlag */) {
                    let rDepth = (action >> 19 /* Action.ReduceDepthShift */) - depth;
                    if (rDepth > 1) {
                        let term = action & 65535 /* Action.ValueMask */, target = this.stack.length - rDepth * 3;
                        if (target >= 0 && parser.getGoto(this.stack[target], term, false) >= 0)
                            return (rDepth << 19 /* Action.ReduceDepthShift */) | 65536 /* Action.ReduceFlag */ | term;
                    }
                }
                else {
                    let found = explore(action, depth + 1);
                    if (found != null)
                        return found;
                }
            });
        };
        return explore(this.state, 0);
    }
    /**
    @internal
    */
    forceAll() {
        while (!this.p.parser.stateFlag(this.state, 2 /* StateFlag.Accepting */)) {
            if (!this.forceReduce()) {
                this.storeNode(0 /* Term.Err */, this.pos, this.pos, 4, true);
                break;
            }
        }
        return this;
    }
    /**
    Check whether this state has no further actions (assumed to be a direct descendant of the
    top state, since any other states must be able to continue
    somehow). @internal
    */
    get deadEnd() {
        if (this.stack.length != 3)
            return false;
        let { parser } = this.p;
        return parser.data[parser.stateSlot(this.state, 1 /* ParseState.Actions */)] == 65535 /* Seq.End */ &&
            !parser.stateSlot(this.state, 4 /* ParseState.DefaultReduce */);
    }
    /**
    Restart the stack (put it back in its start state). Only safe
    when this.stack.length == 3 (state is directly below the top
    state). @internal
    */
    restart() {
        this.storeNode(0 /* Term.Err */, this.pos, this.pos, 4, true);
        this.state = this.stack[0];
        this.stack.length = 0;
    }
    /**
    @internal
    */
    sameState(other) {
        if (this.state != other.state || this.stack.length != other.stack.length)
            return false;
        for (let i = 0; i < this.stack.length; i += 3)
            if (this.stack[i] != other.stack[i])
                return false;
        return true;
    }
    /**
    Get the parser used by this stack.
    */
    get parser() { return this.p.parser; }
    /**
    Test whether a given dialect (by numeric ID, as exported from
    the terms file) is enabled.
    */
    dialectEnabled(dialectID) { return this.p.parser.dialect.flags[dialectID]; }
    shiftContext(term, start) {
        if (this.curContext)
            this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream.reset(start)));
    }
    reduceContext(term, start) {
        if (this.curContext)
            this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream.reset(start)));
    }
    /**
    @internal
    */
    emitContext() {
        let last = this.buffer.length - 1;
        if (last < 0 || this.buffer[last] != -3)
            this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
    }
    /**
    @internal
    */
    emitLookAhead() {
        let last = this.buffer.length - 1;
        if (last < 0 || this.buffer[last] != -4)
            this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
    }
    updateContext(context) {
        if (context != this.curContext.context) {
            let newCx = new StackContext(this.curContext.tracker, context);
            if (newCx.hash != this.curContext.hash)
                this.emitContext();
            this.curContext = newCx;
        }
    }
    /**
    @internal
    */
    setLookAhead(lookAhead) {
        if (lookAhead <= this.lookAhead)
            return false;
        this.emitLookAhead();
        this.lookAhead = lookAhead;
        return true;
    }
    /**
    @internal
    */
    close() {
        if (this.curContext && this.curContext.tracker.strict)
            this.emitContext();
        if (this.lookAhead > 0)
            this.emitLookAhead();
    }
}
class StackContext {
    constructor(tracker, context) {
        this.tracker = tracker;
        this.context = context;
        this.hash = tracker.strict ? tracker.hash(context) : 0;
    }
}
// Used to cheaply run some reductions to scan ahead without mutating
// an entire stack
class SimulatedStack {
    constructor(start) {
        this.start = start;
        this.state = start.state;
        this.stack = start.stack;
        this.base = this.stack.length;
    }
    reduce(action) {
        let term = action & 65535 /* Action.ValueMask */, depth = action >> 19 /* Action.ReduceDepthShift */;
        if (depth == 0) {
            if (this.stack == this.start.stack)
                this.stack = this.stack.slice();
            this.stack.push(this.state, 0, 0);
            this.base += 3;
        }
        else {
            this.base -= (depth - 1) * 3;
        }
        let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
        this.state = goto;
    }
}
// This is given to `Tree.build` to build a buffer, and encapsulates
// the parent-stack-walking necessary to read the nodes.
class StackBufferCursor {
    constructor(stack, pos, index) {
        this.stack = stack;
        this.pos = pos;
        this.index = index;
        this.buffer = stack.buffer;
        if (this.index == 0)
            this.maybeNext();
    }
    static create(stack, pos = stack.bufferBase + stack.buffer.length) {
        return new StackBufferCursor(stack, pos, pos - stack.bufferBase);
    }
    maybeNext() {
        let next = this.stack.parent;
        if (next != null) {
            this.index = this.stack.bufferBase - next.bufferBase;
            this.stack = next;
            this.buffer = next.buffer;
        }
    }
    get id() { return this.buffer[this.index - 4]; }
    get start() { return this.buffer[this.index - 3]; }
    get end() { return this.buffer[this.index - 2]; }
    get size() { return this.buffer[this.index - 1]; }
    next() {
        this.index -= 4;
        this.pos -= 4;
        if (this.index == 0)
            this.maybeNext();
    }
    fork() {
        return new StackBufferCursor(this.stack, this.pos, this.index);
    }
}

// See lezer-generator/src/encode.ts for comments about the encoding
// used here
function decodeArray(input, Type = Uint16Array) {
    if (typeof input != "string")
        return input;
    let array = null;
    for (let pos = 0, out = 0; pos < input.length;) {
        let value = 0;
        for (;;) {
            let next = input.charCodeAt(pos++), stop = false;
            if (next == 126 /* Encode.BigValCode */) {
                value = 65535 /* Encode.BigVal */;
                break;
            }
            if (next >= 92 /* Encode.Gap2 */)
                next--;
            if (next >= 34 /* Encode.Gap1 */)
                next--;
            let digit = next - 32 /* Encode.Start */;
            if (digit >= 46 /* Encode.Base */) {
                digit -= 46 /* Encode.Base */;
                stop = true;
            }
            value += digit;
            if (stop)
                break;
            value *= 46 /* Encode.Base */;
        }
        if (array)
            array[out++] = value;
        else
            array = new Type(value);
    }
    return array;
}

class CachedToken {
    constructor() {
        this.start = -1;
        this.value = -1;
        this.end = -1;
        this.extended = -1;
        this.lookAhead = 0;
        this.mask = 0;
        this.context = 0;
    }
}
const nullToken = new CachedToken;
/**
[Tokenizers](#lr.ExternalTokenizer) interact with the input
through this interface. It presents the input as a stream of
characters, tracking lookahead and hiding the complexity of
[ranges](#common.Parser.parse^ranges) from tokenizer code.
*/
class InputStream {
    /**
    @internal
    */
    constructor(
    /**
    @internal
    */
    input, 
    /**
    @internal
    */
    ranges) {
        this.input = input;
        this.ranges = ranges;
        /**
        @internal
        */
        this.chunk = "";
        /**
        @internal
        */
        this.chunkOff = 0;
        /**
        Backup chunk
        */
        this.chunk2 = "";
        this.chunk2Pos = 0;
        /**
        The character code of the next code unit in the input, or -1
        when the stream is at the end of the input.
        */
        this.next = -1;
        /**
        @internal
        */
        this.token = nullToken;
        this.rangeIndex = 0;
        this.pos = this.chunkPos = ranges[0].from;
        this.range = ranges[0];
        this.end = ranges[ranges.length - 1].to;
        this.readNext();
    }
    /**
    @internal
    */
    resolveOffset(offset, assoc) {
        let range = this.range, index = this.rangeIndex;
        let pos = this.pos + offset;
        while (pos < range.from) {
            if (!index)
                return null;
            let next = this.ranges[--index];
            pos -= range.from - next.to;
            range = next;
        }
        while (assoc < 0 ? pos > range.to : pos >= range.to) {
            if (index == this.ranges.length - 1)
                return null;
            let next = this.ranges[++index];
            pos += next.from - range.to;
            range = next;
        }
        return pos;
    }
    /**
    @internal
    */
    clipPos(pos) {
        if (pos >= this.range.from && pos < this.range.to)
            return pos;
        for (let range of this.ranges)
            if (range.to > pos)
                return Math.max(pos, range.from);
        return this.end;
    }
    /**
    Look at a code unit near the stream position. `.peek(0)` equals
    `.next`, `.peek(-1)` gives you the previous character, and so
    on.
    
    Note that looking around during tokenizing creates dependencies
    on potentially far-away content, which may reduce the
    effectiveness incremental parsing—when looking forward—or even
    cause invalid reparses when looking backward more than 25 code
    units, since the library does not track lookbehind.
    */
    peek(offset) {
        let idx = this.chunkOff + offset, pos, result;
        if (idx >= 0 && idx < this.chunk.length) {
            pos = this.pos + offset;
            result = this.chunk.charCodeAt(idx);
        }
        else {
            let resolved = this.resolveOffset(offset, 1);
            if (resolved == null)
                return -1;
            pos = resolved;
            if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
                result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
            }
            else {
                let i = this.rangeIndex, range = this.range;
                while (range.to <= pos)
                    range = this.ranges[++i];
                this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
                if (pos + this.chunk2.length > range.to)
                    this.chunk2 = this.chunk2.slice(0, range.to - pos);
                result = this.chunk2.charCodeAt(0);
            }
        }
        if (pos >= this.token.lookAhead)
            this.token.lookAhead = pos + 1;
        return result;
    }
    /**
    Accept a token. By default, the end of the token is set to the
    current stream position, but you can pass an offset (relative to
    the stream position) to change that.
    */
    acceptToken(token, endOffset = 0) {
        let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
        if (end == null || end < this.token.start)
            throw new RangeError("Token end out of bounds");
        this.token.value = token;
        this.token.end = end;
    }
    /**
    Accept a token ending at a specific given position.
    */
    acceptTokenTo(token, endPos) {
        this.token.value = token;
        this.token.end = endPos;
    }
    getChunk() {
        if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
            let { chunk, chunkPos } = this;
            this.chunk = this.chunk2;
            this.chunkPos = this.chunk2Pos;
            this.chunk2 = chunk;
            this.chunk2Pos = chunkPos;
            this.chunkOff = this.pos - this.chunkPos;
        }
        else {
            this.chunk2 = this.chunk;
            this.chunk2Pos = this.chunkPos;
            let nextChunk = this.input.chunk(this.pos);
            let end = this.pos + nextChunk.length;
            this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
            this.chunkPos = this.pos;
            this.chunkOff = 0;
        }
    }
    readNext() {
        if (this.chunkOff >= this.chunk.length) {
            this.getChunk();
            if (this.chunkOff == this.chunk.length)
                return this.next = -1;
        }
        return this.next = this.chunk.charCodeAt(this.chunkOff);
    }
    /**
    Move the stream forward N (defaults to 1) code units. Returns
    the new value of [`next`](#lr.InputStream.next).
    */
    advance(n = 1) {
        this.chunkOff += n;
        while (this.pos + n >= this.range.to) {
            if (this.rangeIndex == this.ranges.length - 1)
                return this.setDone();
            n -= this.range.to - this.pos;
            this.range = this.ranges[++this.rangeIndex];
            this.pos = this.range.from;
        }
        this.pos += n;
        if (this.pos >= this.token.lookAhead)
            this.token.lookAhead = this.pos + 1;
        return this.readNext();
    }
    setDone() {
        this.pos = this.chunkPos = this.end;
        this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
        this.chunk = "";
        return this.next = -1;
    }
    /**
    @internal
    */
    reset(pos, token) {
        if (token) {
            this.token = token;
            token.start = pos;
            token.lookAhead = pos + 1;
            token.value = token.extended = -1;
        }
        else {
            this.token = nullToken;
        }
        if (this.pos != pos) {
            this.pos = pos;
            if (pos == this.end) {
                this.setDone();
                return this;
            }
            while (pos < this.range.from)
                this.range = this.ranges[--this.rangeIndex];
            while (pos >= this.range.to)
                this.range = this.ranges[++this.rangeIndex];
            if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
                this.chunkOff = pos - this.chunkPos;
            }
            else {
                this.chunk = "";
                this.chunkOff = 0;
            }
            this.readNext();
        }
        return this;
    }
    /**
    @internal
    */
    read(from, to) {
        if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
            return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
        if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
            return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
        if (from >= this.range.from && to <= this.range.to)
            return this.input.read(from, to);
        let result = "";
        for (let r of this.ranges) {
            if (r.from >= to)
                break;
            if (r.to > from)
                result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
        }
        return result;
    }
}
/**
@internal
*/
class TokenGroup {
    constructor(data, id) {
        this.data = data;
        this.id = id;
    }
    token(input, stack) {
        let { parser } = stack.p;
        readToken(this.data, input, stack, this.id, parser.data, parser.tokenPrecTable);
    }
}
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
/**
@hide
*/
class LocalTokenGroup {
    constructor(data, precTable, elseToken) {
        this.precTable = precTable;
        this.elseToken = elseToken;
        this.data = typeof data == "string" ? decodeArray(data) : data;
    }
    token(input, stack) {
        let start = input.pos, skipped = 0;
        for (;;) {
            let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
            readToken(this.data, input, stack, 0, this.data, this.precTable);
            if (input.token.value > -1)
                break;
            if (this.elseToken == null)
                return;
            if (!atEof)
                skipped++;
            if (nextPos == null)
                break;
            input.reset(nextPos, input.token);
        }
        if (skipped) {
            input.reset(start, input.token);
            input.acceptToken(this.elseToken, skipped);
        }
    }
}
LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
/**
`@external tokens` declarations in the grammar should resolve to
an instance of this class.
*/
class ExternalTokenizer {
    /**
    Create a tokenizer. The first argument is the function that,
    given an input stream, scans for the types of tokens it
    recognizes at the stream's position, and calls
    [`acceptToken`](#lr.InputStream.acceptToken) when it finds
    one.
    */
    constructor(
    /**
    @internal
    */
    token, options = {}) {
        this.token = token;
        this.contextual = !!options.contextual;
        this.fallback = !!options.fallback;
        this.extend = !!options.extend;
    }
}
// Tokenizer data is stored a big uint16 array containing, for each
// state:
//
//  - A group bitmask, indicating what token groups are reachable from
//    this state, so that paths that can only lead to tokens not in
//    any of the current groups can be cut off early.
//
//  - The position of the end of the state's sequence of accepting
//    tokens
//
//  - The number of outgoing edges for the state
//
//  - The accepting tokens, as (token id, group mask) pairs
//
//  - The outgoing edges, as (start character, end character, state
//    index) triples, with end character being exclusive
//
// This function interprets that data, running through a stream as
// long as new states with the a matching group mask can be reached,
// and updating `input.token` when it matches a token.
function readToken(data, input, stack, group, precTable, precOffset) {
    let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
    scan: for (;;) {
        if ((groupMask & data[state]) == 0)
            break;
        let accEnd = data[state + 1];
        // Check whether this state can lead to a token in the current group
        // Accept tokens in this state, possibly overwriting
        // lower-precedence / shorter tokens
        for (let i = state + 3; i < accEnd; i += 2)
            if ((data[i + 1] & groupMask) > 0) {
                let term = data[i];
                if (dialect.allows(term) &&
                    (input.token.value == -1 || input.token.value == term ||
                        overrides(term, input.token.value, precTable, precOffset))) {
                    input.acceptToken(term);
                    break;
                }
            }
        let next = input.next, low = 0, high = data[state + 2];
        // Special case for EOF
        if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535 /* Seq.End */) {
            state = data[accEnd + high * 3 - 1];
            continue scan;
        }
        // Do a binary search on the state's edges
        for (; low < high;) {
            let mid = (low + high) >> 1;
            let index = accEnd + mid + (mid << 1);
            let from = data[index], to = data[index + 1] || 0x10000;
            if (next < from)
                high = mid;
            else if (next >= to)
                low = mid + 1;
            else {
                state = data[index + 2];
                input.advance();
                continue scan;
            }
        }
        break;
    }
}
function findOffset(data, start, term) {
    for (let i = start, next; (next = data[i]) != 65535 /* Seq.End */; i++)
        if (next == term)
            return i - start;
    return -1;
}
function overrides(token, prev, tableData, tableOffset) {
    let iPrev = findOffset(tableData, tableOffset, prev);
    return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}

// Environment variable used to control console output
const verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
let stackIDs = null;
function cutAt(tree, pos, side) {
    let cursor = tree.cursor(IterMode.IncludeAnonymous);
    cursor.moveTo(pos);
    for (;;) {
        if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
            for (;;) {
                if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
                    return side < 0 ? Math.max(0, Math.min(cursor.to - 1, pos - 25 /* Lookahead.Margin */))
                        : Math.min(tree.length, Math.max(cursor.from + 1, pos + 25 /* Lookahead.Margin */));
                if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
                    break;
                if (!cursor.parent())
                    return side < 0 ? 0 : tree.length;
            }
    }
}
class dist_FragmentCursor {
    constructor(fragments, minRepeat) {
        this.fragments = fragments;
        this.minRepeat = minRepeat;
        this.i = 0;
        this.fragment = null;
        this.safeFrom = -1;
        this.safeTo = -1;
        this.trees = [];
        this.start = [];
        this.index = [];
        this.lastRepeat = null;
        this.lastRepeatPos = -1;
        this.nextFragment();
    }
    nextFragment() {
        let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
        if (fr) {
            this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
            this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
            while (this.trees.length) {
                this.trees.pop();
                this.start.pop();
                this.index.pop();
            }
            this.trees.push(fr.tree);
            this.start.push(-fr.offset);
            this.index.push(0);
            this.nextStart = this.safeFrom;
        }
        else {
            this.nextStart = 1e9;
        }
    }
    // `pos` must be >= any previously given `pos` for this cursor
    nodeAt(pos) {
        if (pos < this.nextStart)
            return null;
        while (this.fragment && this.safeTo <= pos)
            this.nextFragment();
        if (!this.fragment)
            return null;
        for (;;) {
            let last = this.trees.length - 1;
            if (last < 0) { // End of tree
                this.nextFragment();
                return null;
            }
            if (pos < this.safeFrom)
                return null;
            let top = this.trees[last], index = this.index[last];
            if (index == top.children.length) {
                this.trees.pop();
                this.start.pop();
                this.index.pop();
                continue;
            }
            let next = top.children[index];
            let start = this.start[last] + top.positions[index];
            if (start > pos) {
                this.nextStart = start;
                return null;
            }
            if (next instanceof Tree) {
                let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
                if (start == pos || storeRepeat) {
                    let end = start + next.length, lookahead;
                    if (start >= this.safeFrom && end <= this.safeTo &&
                        (!(lookahead = next.prop(dist_NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
                        if (storeRepeat) {
                            this.lastRepeat = next;
                            this.lastRepeatPos = start;
                        }
                        if (start == pos)
                            return next;
                    }
                }
                this.index[last]++;
                if (start + next.length >= Math.max(this.safeFrom, pos)) { // Enter this node
                    this.trees.push(next);
                    this.start.push(start);
                    this.index.push(0);
                }
            }
            else {
                this.index[last]++;
                this.nextStart = start + next.length;
            }
        }
    }
}
class TokenCache {
    constructor(parser, stream) {
        this.stream = stream;
        this.tokens = [];
        this.mainToken = null;
        this.actions = [];
        this.tokens = parser.tokenizers.map(_ => new CachedToken);
    }
    getActions(stack) {
        let actionIndex = 0;
        let main = null;
        let { parser } = stack.p, { tokenizers } = parser;
        let mask = parser.stateSlot(stack.state, 3 /* ParseState.TokenizerMask */);
        let context = stack.curContext ? stack.curContext.hash : 0;
        let lookAhead = 0;
        for (let i = 0; i < tokenizers.length; i++) {
            if (((1 << i) & mask) == 0)
                continue;
            let tokenizer = tokenizers[i], token = this.tokens[i];
            if (main && !tokenizer.fallback)
                continue;
            if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
                this.updateCachedToken(token, tokenizer, stack);
                token.mask = mask;
                token.context = context;
            }
            if (token.lookAhead > token.end + 25 /* Lookahead.Margin */)
                lookAhead = Math.max(token.lookAhead, lookAhead);
            if (token.value != 0 /* Term.Err */) {
                let startIndex = actionIndex;
                if (token.extended > -1)
                    actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
                actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
                if (!tokenizer.extend) {
                    main = token;
                    if (actionIndex > startIndex)
                        break;
                }
            }
        }
        while (this.actions.length > actionIndex)
            this.actions.pop();
        if (lookAhead)
            stack.setLookAhead(lookAhead);
        if (!main && stack.pos == this.stream.end) {
            main = new CachedToken;
            main.value = stack.p.parser.eofTerm;
            main.start = main.end = stack.pos;
            actionIndex = this.addActions(stack, main.value, main.end, actionIndex);
        }
        this.mainToken = main;
        return this.actions;
    }
    getMainToken(stack) {
        if (this.mainToken)
            return this.mainToken;
        let main = new CachedToken, { pos, p } = stack;
        main.start = pos;
        main.end = Math.min(pos + 1, p.stream.end);
        main.value = pos == p.stream.end ? p.parser.eofTerm : 0 /* Term.Err */;
        return main;
    }
    updateCachedToken(token, tokenizer, stack) {
        let start = this.stream.clipPos(stack.pos);
        tokenizer.token(this.stream.reset(start, token), stack);
        if (token.value > -1) {
            let { parser } = stack.p;
            for (let i = 0; i < parser.specialized.length; i++)
                if (parser.specialized[i] == token.value) {
                    let result = parser.specializers[i](this.stream.read(token.start, token.end), stack);
                    if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
                        if ((result & 1) == 0 /* Specialize.Specialize */)
                            token.value = result >> 1;
                        else
                            token.extended = result >> 1;
                        break;
                    }
                }
        }
        else {
            token.value = 0 /* Term.Err */;
            token.end = this.stream.clipPos(start + 1);
        }
    }
    putAction(action, token, end, index) {
        // Don't add duplicate actions
        for (let i = 0; i < index; i += 3)
            if (this.actions[i] == action)
                return index;
        this.actions[index++] = action;
        this.actions[index++] = token;
        this.actions[index++] = end;
        return index;
    }
    addActions(stack, token, end, index) {
        let { state } = stack, { parser } = stack.p, { data } = parser;
        for (let set = 0; set < 2; set++) {
            for (let i = parser.stateSlot(state, set ? 2 /* ParseState.Skip */ : 1 /* ParseState.Actions */);; i += 3) {
                if (data[i] == 65535 /* Seq.End */) {
                    if (data[i + 1] == 1 /* Seq.Next */) {
                        i = pair(data, i + 2);
                    }
                    else {
                        if (index == 0 && data[i + 1] == 2 /* Seq.Other */)
                            index = this.putAction(pair(data, i + 2), token, end, index);
                        break;
                    }
                }
                if (data[i] == token)
                    index = this.putAction(pair(data, i + 1), token, end, index);
            }
        }
        return index;
    }
}
class Parse {
    constructor(parser, input, fragments, ranges) {
        this.parser = parser;
        this.input = input;
        this.ranges = ranges;
        this.recovering = 0;
        this.nextStackID = 0x2654; // ♔, ♕, ♖, ♗, ♘, ♙, ♠, ♡, ♢, ♣, ♤, ♥, ♦, ♧
        this.minStackPos = 0;
        this.reused = [];
        this.stoppedAt = null;
        this.lastBigReductionStart = -1;
        this.lastBigReductionSize = 0;
        this.bigReductionCount = 0;
        this.stream = new InputStream(input, ranges);
        this.tokens = new TokenCache(parser, this.stream);
        this.topTerm = parser.top[1];
        let { from } = ranges[0];
        this.stacks = [Stack.start(this, parser.top[0], from)];
        this.fragments = fragments.length && this.stream.end - from > parser.bufferLength * 4
            ? new dist_FragmentCursor(fragments, parser.minRepeatTerm) : null;
    }
    get parsedPos() {
        return this.minStackPos;
    }
    // Move the parser forward. This will process all parse stacks at
    // `this.pos` and try to advance them to a further position. If no
    // stack for such a position is found, it'll start error-recovery.
    //
    // When the parse is finished, this will return a syntax tree. When
    // not, it returns `null`.
    advance() {
        let stacks = this.stacks, pos = this.minStackPos;
        // This will hold stacks beyond `pos`.
        let newStacks = this.stacks = [];
        let stopped, stoppedTokens;
        // If a large amount of reductions happened with the same start
        // position, force the stack out of that production in order to
        // avoid creating a tree too deep to recurse through.
        // (This is an ugly kludge, because unfortunately there is no
        // straightforward, cheap way to check for this happening, due to
        // the history of reductions only being available in an
        // expensive-to-access format in the stack buffers.)
        if (this.bigReductionCount > 300 /* Rec.MaxLeftAssociativeReductionCount */ && stacks.length == 1) {
            let [s] = stacks;
            while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) { }
            this.bigReductionCount = this.lastBigReductionSize = 0;
        }
        // Keep advancing any stacks at `pos` until they either move
        // forward or can't be advanced. Gather stacks that can't be
        // advanced further in `stopped`.
        for (let i = 0; i < stacks.length; i++) {
            let stack = stacks[i];
            for (;;) {
                this.tokens.mainToken = null;
                if (stack.pos > pos) {
                    newStacks.push(stack);
                }
                else if (this.advanceStack(stack, newStacks, stacks)) {
                    continue;
                }
                else {
                    if (!stopped) {
                        stopped = [];
                        stoppedTokens = [];
                    }
                    stopped.push(stack);
                    let tok = this.tokens.getMainToken(stack);
                    stoppedTokens.push(tok.value, tok.end);
                }
                break;
            }
        }
        if (!newStacks.length) {
            let finished = stopped && findFinished(stopped);
            if (finished) {
                if (verbose)
                    console.log("Finish with " + this.stackID(finished));
                return this.stackToTree(finished);
            }
            if (this.parser.strict) {
                if (verbose && stopped)
                    console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
                throw new SyntaxError("No parse at " + pos);
            }
            if (!this.recovering)
                this.recovering = 5 /* Rec.Distance */;
        }
        if (this.recovering && stopped) {
            let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0]
                : this.runRecovery(stopped, stoppedTokens, newStacks);
            if (finished) {
                if (verbose)
                    console.log("Force-finish " + this.stackID(finished));
                return this.stackToTree(finished.forceAll());
            }
        }
        if (this.recovering) {
            let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3 /* Rec.MaxRemainingPerStep */;
            if (newStacks.length > maxRemaining) {
                newStacks.sort((a, b) => b.score - a.score);
                while (newStacks.length > maxRemaining)
                    newStacks.pop();
            }
            if (newStacks.some(s => s.reducePos > pos))
                this.recovering--;
        }
        else if (newStacks.length > 1) {
            // Prune stacks that are in the same state, or that have been
            // running without splitting for a while, to avoid getting stuck
            // with multiple successful stacks running endlessly on.
            outer: for (let i = 0; i < newStacks.length - 1; i++) {
                let stack = newStacks[i];
                for (let j = i + 1; j < newStacks.length; j++) {
                    let other = newStacks[j];
                    if (stack.sameState(other) ||
                        stack.buffer.length > 500 /* Rec.MinBufferLengthPrune */ && other.buffer.length > 500 /* Rec.MinBufferLengthPrune */) {
                        if (((stack.score - other.score) || (stack.buffer.length - other.buffer.length)) > 0) {
                            newStacks.splice(j--, 1);
                        }
                        else {
                            newStacks.splice(i--, 1);
                            continue outer;
                        }
                    }
                }
            }
            if (newStacks.length > 12 /* Rec.MaxStackCount */) {
                newStacks.sort((a, b) => b.score - a.score);
                newStacks.splice(12 /* Rec.MaxStackCount */, newStacks.length - 12 /* Rec.MaxStackCount */);
            }
        }
        this.minStackPos = newStacks[0].pos;
        for (let i = 1; i < newStacks.length; i++)
            if (newStacks[i].pos < this.minStackPos)
                this.minStackPos = newStacks[i].pos;
        return null;
    }
    stopAt(pos) {
        if (this.stoppedAt != null && this.stoppedAt < pos)
            throw new RangeError("Can't move stoppedAt forward");
        this.stoppedAt = pos;
    }
    // See if a given tree, or a descendant right at its start, can be
    // reused in the given stack.
    tryReuse(stack, start, tree, repeatOnly) {
        if (!tree)
            return null;
        let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
        for (; tree;) {
            let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1
                : this.parser.getGoto(stack.state, tree.type.id);
            if (match > -1 && tree.length && (!strictCx || (tree.prop(dist_NodeProp.contextHash) || 0) == cxHash)) {
                stack.useNode(tree, match, start);
                return tree;
            }
            if (tree.children.length == 0 || tree.positions[0] > 0)
                break;
            let inner = tree.children[0];
            if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
                tree = inner;
            else
                break;
        }
        return null;
    }
    // Returns an updated version of the given stack, or null if the
    // stack can't advance normally. When `split` and `stacks` are
    // given, stacks split off by ambiguous operations will be pushed to
    // `split`, or added to `stacks` if they move `pos` forward.
    advanceStack(stack, stacks, split) {
        let start = stack.pos, { parser } = this;
        let base = verbose ? this.stackID(stack) + " -> " : "";
        if (this.stoppedAt != null && start > this.stoppedAt)
            return stack.forceReduce() ? stack : null;
        if (this.fragments) {
            // Due to an optimization in the way we build trees for repeat
            // rules, such trees may have their start position before
            // skipped content that is technically not part of the node.
            // Attempts to reuse them may only happen at the position
            // _after_ those skipped tokens. The special handling here makes
            // sure such nodes can still be reused.
            let reused = (stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos &&
                this.fragments.lastRepeatPos == stack.reducePos &&
                this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true)) ||
                this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
            if (reused) {
                if (verbose)
                    console.log(base + this.stackID(stack) + ` (via reuse of ${parser.getName(reused.type.id)})`);
                return true;
            }
        }
        let defaultReduce = parser.stateSlot(stack.state, 4 /* ParseState.DefaultReduce */);
        if (defaultReduce > 0) {
            stack.reduce(defaultReduce);
            if (verbose)
                console.log(base + this.stackID(stack) + ` (via always-reduce ${parser.getName(defaultReduce & 65535 /* Action.ValueMask */)})`);
            return true;
        }
        if (stack.stack.length >= 8400 /* Rec.CutDepth */) {
            while (stack.stack.length > 6000 /* Rec.CutTo */ && stack.forceReduce()) { }
        }
        let actions = this.tokens.getActions(stack);
        for (let i = 0; i < actions.length;) {
            let action = actions[i++], term = actions[i++], end = actions[i++];
            let last = i == actions.length || !split;
            let localStack = last ? stack : stack.split();
            let main = this.tokens.mainToken;
            localStack.apply(action, term, main ? main.start : localStack.pos, end);
            if (verbose)
                console.log(base + this.stackID(localStack) + ` (via ${(action & 65536 /* Action.ReduceFlag */) == 0 ? "shift"
                    : `reduce of ${parser.getName(action & 65535 /* Action.ValueMask */)}`} for ${parser.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
            if (last)
                return true;
            else if (localStack.pos > start)
                stacks.push(localStack);
            else
                split.push(localStack);
        }
        return false;
    }
    // Advance a given stack forward as far as it will go. Returns the
    // (possibly updated) stack if it got stuck, or null if it moved
    // forward and was given to `pushStackDedup`.
    advanceFully(stack, newStacks) {
        let pos = stack.pos;
        for (;;) {
            if (!this.advanceStack(stack, null, null))
                return false;
            if (stack.pos > pos) {
                pushStackDedup(stack, newStacks);
                return true;
            }
        }
    }
    runRecovery(stacks, tokens, newStacks) {
        let finished = null, restarted = false;
        for (let i = 0; i < stacks.length; i++) {
            let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
            let base = verbose ? this.stackID(stack) + " -> " : "";
            if (stack.deadEnd) {
                if (restarted)
                    continue;
                restarted = true;
                stack.restart();
                if (verbose)
                    console.log(base + this.stackID(stack) + " (restarted)");
                let done = this.advanceFully(stack, newStacks);
                if (done)
                    continue;
            }
            let force = stack.split(), forceBase = base;
            for (let j = 0; j < 10 /* Rec.ForceReduceLimit */ && force.forceReduce(); j++) {
                if (verbose)
                    console.log(forceBase + this.stackID(force) + " (via force-reduce)");
                let done = this.advanceFully(force, newStacks);
                if (done)
                    break;
                if (verbose)
                    forceBase = this.stackID(force) + " -> ";
            }
            for (let insert of stack.recoverByInsert(token)) {
                if (verbose)
                    console.log(base + this.stackID(insert) + " (via recover-insert)");
                this.advanceFully(insert, newStacks);
            }
            if (this.stream.end > stack.pos) {
                if (tokenEnd == stack.pos) {
                    tokenEnd++;
                    token = 0 /* Term.Err */;
                }
                stack.recoverByDelete(token, tokenEnd);
                if (verbose)
                    console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
                pushStackDedup(stack, newStacks);
            }
            else if (!finished || finished.score < force.score) {
                finished = force;
            }
        }
        return finished;
    }
    // Convert the stack's buffer to a syntax tree.
    stackToTree(stack) {
        stack.close();
        return Tree.build({ buffer: StackBufferCursor.create(stack),
            nodeSet: this.parser.nodeSet,
            topID: this.topTerm,
            maxBufferLength: this.parser.bufferLength,
            reused: this.reused,
            start: this.ranges[0].from,
            length: stack.pos - this.ranges[0].from,
            minRepeatType: this.parser.minRepeatTerm });
    }
    stackID(stack) {
        let id = (stackIDs || (stackIDs = new WeakMap)).get(stack);
        if (!id)
            stackIDs.set(stack, id = String.fromCodePoint(this.nextStackID++));
        return id + stack;
    }
}
function pushStackDedup(stack, newStacks) {
    for (let i = 0; i < newStacks.length; i++) {
        let other = newStacks[i];
        if (other.pos == stack.pos && other.sameState(stack)) {
            if (newStacks[i].score < stack.score)
                newStacks[i] = stack;
            return;
        }
    }
    newStacks.push(stack);
}
class Dialect {
    constructor(source, flags, disabled) {
        this.source = source;
        this.flags = flags;
        this.disabled = disabled;
    }
    allows(term) { return !this.disabled || this.disabled[term] == 0; }
}
const id = x => x;
/**
Context trackers are used to track stateful context (such as
indentation in the Python grammar, or parent elements in the XML
grammar) needed by external tokenizers. You declare them in a
grammar file as `@context exportName from "module"`.

Context values should be immutable, and can be updated (replaced)
on shift or reduce actions.

The export used in a `@context` declaration should be of this
type.
*/
class ContextTracker {
    /**
    Define a context tracker.
    */
    constructor(spec) {
        this.start = spec.start;
        this.shift = spec.shift || id;
        this.reduce = spec.reduce || id;
        this.reuse = spec.reuse || id;
        this.hash = spec.hash || (() => 0);
        this.strict = spec.strict !== false;
    }
}
/**
Holds the parse tables for a given grammar, as generated by
`lezer-generator`, and provides [methods](#common.Parser) to parse
content with.
*/
class LRParser extends Parser {
    /**
    @internal
    */
    constructor(spec) {
        super();
        /**
        @internal
        */
        this.wrappers = [];
        if (spec.version != 14 /* File.Version */)
            throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14 /* File.Version */})`);
        let nodeNames = spec.nodeNames.split(" ");
        this.minRepeatTerm = nodeNames.length;
        for (let i = 0; i < spec.repeatNodeCount; i++)
            nodeNames.push("");
        let topTerms = Object.keys(spec.topRules).map(r => spec.topRules[r][1]);
        let nodeProps = [];
        for (let i = 0; i < nodeNames.length; i++)
            nodeProps.push([]);
        function setProp(nodeID, prop, value) {
            nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
        }
        if (spec.nodeProps)
            for (let propSpec of spec.nodeProps) {
                let prop = propSpec[0];
                if (typeof prop == "string")
                    prop = dist_NodeProp[prop];
                for (let i = 1; i < propSpec.length;) {
                    let next = propSpec[i++];
                    if (next >= 0) {
                        setProp(next, prop, propSpec[i++]);
                    }
                    else {
                        let value = propSpec[i + -next];
                        for (let j = -next; j > 0; j--)
                            setProp(propSpec[i++], prop, value);
                        i++;
                    }
                }
            }
        this.nodeSet = new NodeSet(nodeNames.map((name, i) => NodeType.define({
            name: i >= this.minRepeatTerm ? undefined : name,
            id: i,
            props: nodeProps[i],
            top: topTerms.indexOf(i) > -1,
            error: i == 0,
            skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
        })));
        if (spec.propSources)
            this.nodeSet = this.nodeSet.extend(...spec.propSources);
        this.strict = false;
        this.bufferLength = DefaultBufferLength;
        let tokenArray = decodeArray(spec.tokenData);
        this.context = spec.context;
        this.specializerSpecs = spec.specialized || [];
        this.specialized = new Uint16Array(this.specializerSpecs.length);
        for (let i = 0; i < this.specializerSpecs.length; i++)
            this.specialized[i] = this.specializerSpecs[i].term;
        this.specializers = this.specializerSpecs.map(getSpecializer);
        this.states = decodeArray(spec.states, Uint32Array);
        this.data = decodeArray(spec.stateData);
        this.goto = decodeArray(spec.goto);
        this.maxTerm = spec.maxTerm;
        this.tokenizers = spec.tokenizers.map(value => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
        this.topRules = spec.topRules;
        this.dialects = spec.dialects || {};
        this.dynamicPrecedences = spec.dynamicPrecedences || null;
        this.tokenPrecTable = spec.tokenPrec;
        this.termNames = spec.termNames || null;
        this.maxNode = this.nodeSet.types.length - 1;
        this.dialect = this.parseDialect();
        this.top = this.topRules[Object.keys(this.topRules)[0]];
    }
    createParse(input, fragments, ranges) {
        let parse = new Parse(this, input, fragments, ranges);
        for (let w of this.wrappers)
            parse = w(parse, input, fragments, ranges);
        return parse;
    }
    /**
    Get a goto table entry @internal
    */
    getGoto(state, term, loose = false) {
        let table = this.goto;
        if (term >= table[0])
            return -1;
        for (let pos = table[term + 1];;) {
            let groupTag = table[pos++], last = groupTag & 1;
            let target = table[pos++];
            if (last && loose)
                return target;
            for (let end = pos + (groupTag >> 1); pos < end; pos++)
                if (table[pos] == state)
                    return target;
            if (last)
                return -1;
        }
    }
    /**
    Check if this state has an action for a given terminal @internal
    */
    hasAction(state, terminal) {
        let data = this.data;
        for (let set = 0; set < 2; set++) {
            for (let i = this.stateSlot(state, set ? 2 /* ParseState.Skip */ : 1 /* ParseState.Actions */), next;; i += 3) {
                if ((next = data[i]) == 65535 /* Seq.End */) {
                    if (data[i + 1] == 1 /* Seq.Next */)
                        next = data[i = pair(data, i + 2)];
                    else if (data[i + 1] == 2 /* Seq.Other */)
                        return pair(data, i + 2);
                    else
                        break;
                }
                if (next == terminal || next == 0 /* Term.Err */)
                    return pair(data, i + 1);
            }
        }
        return 0;
    }
    /**
    @internal
    */
    stateSlot(state, slot) {
        return this.states[(state * 6 /* ParseState.Size */) + slot];
    }
    /**
    @internal
    */
    stateFlag(state, flag) {
        return (this.stateSlot(state, 0 /* ParseState.Flags */) & flag) > 0;
    }
    /**
    @internal
    */
    validAction(state, action) {
        return !!this.allActions(state, a => a == action ? true : null);
    }
    /**
    @internal
    */
    allActions(state, action) {
        let deflt = this.stateSlot(state, 4 /* ParseState.DefaultReduce */);
        let result = deflt ? action(deflt) : undefined;
        for (let i = this.stateSlot(state, 1 /* ParseState.Actions */); result == null; i += 3) {
            if (this.data[i] == 65535 /* Seq.End */) {
                if (this.data[i + 1] == 1 /* Seq.Next */)
                    i = pair(this.data, i + 2);
                else
                    break;
            }
            result = action(pair(this.data, i + 1));
        }
        return result;
    }
    /**
    Get the states that can follow this one through shift actions or
    goto jumps. @internal
    */
    nextStates(state) {
        let result = [];
        for (let i = this.stateSlot(state, 1 /* ParseState.Actions */);; i += 3) {
            if (this.data[i] == 65535 /* Seq.End */) {
                if (this.data[i + 1] == 1 /* Seq.Next */)
                    i = pair(this.data, i + 2);
                else
                    break;
            }
            if ((this.data[i + 2] & (65536 /* Action.ReduceFlag */ >> 16)) == 0) {
                let value = this.data[i + 1];
                if (!result.some((v, i) => (i & 1) && v == value))
                    result.push(this.data[i], value);
            }
        }
        return result;
    }
    /**
    Configure the parser. Returns a new parser instance that has the
    given settings modified. Settings not provided in `config` are
    kept from the original parser.
    */
    configure(config) {
        // Hideous reflection-based kludge to make it easy to create a
        // slightly modified copy of a parser.
        let copy = Object.assign(Object.create(LRParser.prototype), this);
        if (config.props)
            copy.nodeSet = this.nodeSet.extend(...config.props);
        if (config.top) {
            let info = this.topRules[config.top];
            if (!info)
                throw new RangeError(`Invalid top rule name ${config.top}`);
            copy.top = info;
        }
        if (config.tokenizers)
            copy.tokenizers = this.tokenizers.map(t => {
                let found = config.tokenizers.find(r => r.from == t);
                return found ? found.to : t;
            });
        if (config.specializers) {
            copy.specializers = this.specializers.slice();
            copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
                let found = config.specializers.find(r => r.from == s.external);
                if (!found)
                    return s;
                let spec = Object.assign(Object.assign({}, s), { external: found.to });
                copy.specializers[i] = getSpecializer(spec);
                return spec;
            });
        }
        if (config.contextTracker)
            copy.context = config.contextTracker;
        if (config.dialect)
            copy.dialect = this.parseDialect(config.dialect);
        if (config.strict != null)
            copy.strict = config.strict;
        if (config.wrap)
            copy.wrappers = copy.wrappers.concat(config.wrap);
        if (config.bufferLength != null)
            copy.bufferLength = config.bufferLength;
        return copy;
    }
    /**
    Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
    are registered for this parser.
    */
    hasWrappers() {
        return this.wrappers.length > 0;
    }
    /**
    Returns the name associated with a given term. This will only
    work for all terms when the parser was generated with the
    `--names` option. By default, only the names of tagged terms are
    stored.
    */
    getName(term) {
        return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
    }
    /**
    The eof term id is always allocated directly after the node
    types. @internal
    */
    get eofTerm() { return this.maxNode + 1; }
    /**
    The type of top node produced by the parser.
    */
    get topNode() { return this.nodeSet.types[this.top[1]]; }
    /**
    @internal
    */
    dynamicPrecedence(term) {
        let prec = this.dynamicPrecedences;
        return prec == null ? 0 : prec[term] || 0;
    }
    /**
    @internal
    */
    parseDialect(dialect) {
        let values = Object.keys(this.dialects), flags = values.map(() => false);
        if (dialect)
            for (let part of dialect.split(" ")) {
                let id = values.indexOf(part);
                if (id >= 0)
                    flags[id] = true;
            }
        let disabled = null;
        for (let i = 0; i < values.length; i++)
            if (!flags[i]) {
                for (let j = this.dialects[values[i]], id; (id = this.data[j++]) != 65535 /* Seq.End */;)
                    (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id] = 1;
            }
        return new Dialect(dialect, flags, disabled);
    }
    /**
    Used by the output of the parser generator. Not available to
    user code. @hide
    */
    static deserialize(spec) {
        return new LRParser(spec);
    }
}
function pair(data, off) { return data[off] | (data[off + 1] << 16); }
function findFinished(stacks) {
    let best = null;
    for (let stack of stacks) {
        let stopped = stack.p.stoppedAt;
        if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) &&
            stack.p.parser.stateFlag(stack.state, 2 /* StateFlag.Accepting */) &&
            (!best || best.score < stack.score))
            best = stack;
    }
    return best;
}
function getSpecializer(spec) {
    if (spec.external) {
        let mask = spec.extend ? 1 /* Specialize.Extend */ : 0 /* Specialize.Specialize */;
        return (value, stack) => (spec.external(value, stack) << 1) | mask;
    }
    return spec.get;
}



;// CONCATENATED MODULE: ./node_modules/@lezer/highlight/dist/index.js


let nextTagID = 0;
/**
Highlighting tags are markers that denote a highlighting category.
They are [associated](#highlight.styleTags) with parts of a syntax
tree by a language mode, and then mapped to an actual CSS style by
a [highlighter](#highlight.Highlighter).

Because syntax tree node types and highlight styles have to be
able to talk the same language, CodeMirror uses a mostly _closed_
[vocabulary](#highlight.tags) of syntax tags (as opposed to
traditional open string-based systems, which make it hard for
highlighting themes to cover all the tokens produced by the
various languages).

It _is_ possible to [define](#highlight.Tag^define) your own
highlighting tags for system-internal use (where you control both
the language package and the highlighter), but such tags will not
be picked up by regular highlighters (though you can derive them
from standard tags to allow highlighters to fall back to those).
*/
class Tag {
    /**
    @internal
    */
    constructor(
    /**
    The optional name of the base tag @internal
    */
    name, 
    /**
    The set of this tag and all its parent tags, starting with
    this one itself and sorted in order of decreasing specificity.
    */
    set, 
    /**
    The base unmodified tag that this one is based on, if it's
    modified @internal
    */
    base, 
    /**
    The modifiers applied to this.base @internal
    */
    modified) {
        this.name = name;
        this.set = set;
        this.base = base;
        this.modified = modified;
        /**
        @internal
        */
        this.id = nextTagID++;
    }
    toString() {
        let { name } = this;
        for (let mod of this.modified)
            if (mod.name)
                name = `${mod.name}(${name})`;
        return name;
    }
    static define(nameOrParent, parent) {
        let name = typeof nameOrParent == "string" ? nameOrParent : "?";
        if (nameOrParent instanceof Tag)
            parent = nameOrParent;
        if (parent === null || parent === void 0 ? void 0 : parent.base)
            throw new Error("Can not derive from a modified tag");
        let tag = new Tag(name, [], null, []);
        tag.set.push(tag);
        if (parent)
            for (let t of parent.set)
                tag.set.push(t);
        return tag;
    }
    /**
    Define a tag _modifier_, which is a function that, given a tag,
    will return a tag that is a subtag of the original. Applying the
    same modifier to a twice tag will return the same value (`m1(t1)
    == m1(t1)`) and applying multiple modifiers will, regardless or
    order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
    
    When multiple modifiers are applied to a given base tag, each
    smaller set of modifiers is registered as a parent, so that for
    example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
    `m1(m3(t1)`, and so on.
    */
    static defineModifier(name) {
        let mod = new Modifier(name);
        return (tag) => {
            if (tag.modified.indexOf(mod) > -1)
                return tag;
            return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
        };
    }
}
let nextModifierID = 0;
class Modifier {
    constructor(name) {
        this.name = name;
        this.instances = [];
        this.id = nextModifierID++;
    }
    static get(base, mods) {
        if (!mods.length)
            return base;
        let exists = mods[0].instances.find(t => t.base == base && sameArray(mods, t.modified));
        if (exists)
            return exists;
        let set = [], tag = new Tag(base.name, set, base, mods);
        for (let m of mods)
            m.instances.push(tag);
        let configs = powerSet(mods);
        for (let parent of base.set)
            if (!parent.modified.length)
                for (let config of configs)
                    set.push(Modifier.get(parent, config));
        return tag;
    }
}
function sameArray(a, b) {
    return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
    let sets = [[]];
    for (let i = 0; i < array.length; i++) {
        for (let j = 0, e = sets.length; j < e; j++) {
            sets.push(sets[j].concat(array[i]));
        }
    }
    return sets.sort((a, b) => b.length - a.length);
}
/**
This function is used to add a set of tags to a language syntax
via [`NodeSet.extend`](#common.NodeSet.extend) or
[`LRParser.configure`](#lr.LRParser.configure).

The argument object maps node selectors to [highlighting
tags](#highlight.Tag) or arrays of tags.

Node selectors may hold one or more (space-separated) node paths.
Such a path can be a [node name](#common.NodeType.name), or
multiple node names (or `*` wildcards) separated by slash
characters, as in `"Block/Declaration/VariableName"`. Such a path
matches the final node but only if its direct parent nodes are the
other nodes mentioned. A `*` in such a path matches any parent,
but only a single level—wildcards that match multiple parents
aren't supported, both for efficiency reasons and because Lezer
trees make it rather hard to reason about what they would match.)

A path can be ended with `/...` to indicate that the tag assigned
to the node should also apply to all child nodes, even if they
match their own style (by default, only the innermost style is
used).

When a path ends in `!`, as in `Attribute!`, no further matching
happens for the node's child nodes, and the entire node gets the
given style.

In this notation, node names that contain `/`, `!`, `*`, or `...`
must be quoted as JSON strings.

For example:

```javascript
parser.configure({props: [
  styleTags({
    // Style Number and BigNumber nodes
    "Number BigNumber": tags.number,
    // Style Escape nodes whose parent is String
    "String/Escape": tags.escape,
    // Style anything inside Attributes nodes
    "Attributes!": tags.meta,
    // Add a style to all content inside Italic nodes
    "Italic/...": tags.emphasis,
    // Style InvalidString nodes as both `string` and `invalid`
    "InvalidString": [tags.string, tags.invalid],
    // Style the node named "/" as punctuation
    '"/"': tags.punctuation
  })
]})
```
*/
function styleTags(spec) {
    let byName = Object.create(null);
    for (let prop in spec) {
        let tags = spec[prop];
        if (!Array.isArray(tags))
            tags = [tags];
        for (let part of prop.split(" "))
            if (part) {
                let pieces = [], mode = 2 /* Mode.Normal */, rest = part;
                for (let pos = 0;;) {
                    if (rest == "..." && pos > 0 && pos + 3 == part.length) {
                        mode = 1 /* Mode.Inherit */;
                        break;
                    }
                    let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
                    if (!m)
                        throw new RangeError("Invalid path: " + part);
                    pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
                    pos += m[0].length;
                    if (pos == part.length)
                        break;
                    let next = part[pos++];
                    if (pos == part.length && next == "!") {
                        mode = 0 /* Mode.Opaque */;
                        break;
                    }
                    if (next != "/")
                        throw new RangeError("Invalid path: " + part);
                    rest = part.slice(pos);
                }
                let last = pieces.length - 1, inner = pieces[last];
                if (!inner)
                    throw new RangeError("Invalid path: " + part);
                let rule = new Rule(tags, mode, last > 0 ? pieces.slice(0, last) : null);
                byName[inner] = rule.sort(byName[inner]);
            }
    }
    return ruleNodeProp.add(byName);
}
const ruleNodeProp = new dist_NodeProp({
    combine(a, b) {
        let cur, root, take;
        while (a || b) {
            if (!a || b && a.depth <= b.depth) {
                take = b;
                b = b.next;
            }
            else {
                take = a;
                a = a.next;
            }
            if (cur && cur.mode == take.mode && !take.context && !cur.context)
                continue;
            let copy = new Rule(take.tags, take.mode, take.context);
            if (cur)
                cur.next = copy;
            else
                root = copy;
            cur = copy;
        }
        return root;
    }
});
class Rule {
    constructor(tags, mode, context, next) {
        this.tags = tags;
        this.mode = mode;
        this.context = context;
        this.next = next;
    }
    get opaque() { return this.mode == 0 /* Mode.Opaque */; }
    get inherit() { return this.mode == 1 /* Mode.Inherit */; }
    sort(other) {
        if (!other || other.depth < this.depth) {
            this.next = other;
            return this;
        }
        other.next = this.sort(other.next);
        return other;
    }
    get depth() { return this.context ? this.context.length : 0; }
}
Rule.empty = new Rule([], 2 /* Mode.Normal */, null);
/**
Define a [highlighter](#highlight.Highlighter) from an array of
tag/class pairs. Classes associated with more specific tags will
take precedence.
*/
function tagHighlighter(tags, options) {
    let map = Object.create(null);
    for (let style of tags) {
        if (!Array.isArray(style.tag))
            map[style.tag.id] = style.class;
        else
            for (let tag of style.tag)
                map[tag.id] = style.class;
    }
    let { scope, all = null } = options || {};
    return {
        style: (tags) => {
            let cls = all;
            for (let tag of tags) {
                for (let sub of tag.set) {
                    let tagClass = map[sub.id];
                    if (tagClass) {
                        cls = cls ? cls + " " + tagClass : tagClass;
                        break;
                    }
                }
            }
            return cls;
        },
        scope
    };
}
function highlightTags(highlighters, tags) {
    let result = null;
    for (let highlighter of highlighters) {
        let value = highlighter.style(tags);
        if (value)
            result = result ? result + " " + value : value;
    }
    return result;
}
/**
Highlight the given [tree](#common.Tree) with the given
[highlighter](#highlight.Highlighter). Often, the higher-level
[`highlightCode`](#highlight.highlightCode) function is easier to
use.
*/
function highlightTree(tree, highlighter, 
/**
Assign styling to a region of the text. Will be called, in order
of position, for any ranges where more than zero classes apply.
`classes` is a space separated string of CSS classes.
*/
putStyle, 
/**
The start of the range to highlight.
*/
from = 0, 
/**
The end of the range.
*/
to = tree.length) {
    let builder = new HighlightBuilder(from, Array.isArray(highlighter) ? highlighter : [highlighter], putStyle);
    builder.highlightRange(tree.cursor(), from, to, "", builder.highlighters);
    builder.flush(to);
}
/**
Highlight the given tree with the given highlighter, calling
`putText` for every piece of text, either with a set of classes or
with the empty string when unstyled, and `putBreak` for every line
break.
*/
function highlightCode(code, tree, highlighter, putText, putBreak, from = 0, to = code.length) {
    let pos = from;
    function writeTo(p, classes) {
        if (p <= pos)
            return;
        for (let text = code.slice(pos, p), i = 0;;) {
            let nextBreak = text.indexOf("\n", i);
            let upto = nextBreak < 0 ? text.length : nextBreak;
            if (upto > i)
                putText(text.slice(i, upto), classes);
            if (nextBreak < 0)
                break;
            putBreak();
            i = nextBreak + 1;
        }
        pos = p;
    }
    highlightTree(tree, highlighter, (from, to, classes) => {
        writeTo(from, "");
        writeTo(to, classes);
    }, from, to);
    writeTo(to, "");
}
class HighlightBuilder {
    constructor(at, highlighters, span) {
        this.at = at;
        this.highlighters = highlighters;
        this.span = span;
        this.class = "";
    }
    startSpan(at, cls) {
        if (cls != this.class) {
            this.flush(at);
            if (at > this.at)
                this.at = at;
            this.class = cls;
        }
    }
    flush(to) {
        if (to > this.at && this.class)
            this.span(this.at, to, this.class);
    }
    highlightRange(cursor, from, to, inheritedClass, highlighters) {
        let { type, from: start, to: end } = cursor;
        if (start >= to || end <= from)
            return;
        if (type.isTop)
            highlighters = this.highlighters.filter(h => !h.scope || h.scope(type));
        let cls = inheritedClass;
        let rule = getStyleTags(cursor) || Rule.empty;
        let tagCls = highlightTags(highlighters, rule.tags);
        if (tagCls) {
            if (cls)
                cls += " ";
            cls += tagCls;
            if (rule.mode == 1 /* Mode.Inherit */)
                inheritedClass += (inheritedClass ? " " : "") + tagCls;
        }
        this.startSpan(Math.max(from, start), cls);
        if (rule.opaque)
            return;
        let mounted = cursor.tree && cursor.tree.prop(NodeProp.mounted);
        if (mounted && mounted.overlay) {
            let inner = cursor.node.enter(mounted.overlay[0].from + start, 1);
            let innerHighlighters = this.highlighters.filter(h => !h.scope || h.scope(mounted.tree.type));
            let hasChild = cursor.firstChild();
            for (let i = 0, pos = start;; i++) {
                let next = i < mounted.overlay.length ? mounted.overlay[i] : null;
                let nextPos = next ? next.from + start : end;
                let rangeFrom = Math.max(from, pos), rangeTo = Math.min(to, nextPos);
                if (rangeFrom < rangeTo && hasChild) {
                    while (cursor.from < rangeTo) {
                        this.highlightRange(cursor, rangeFrom, rangeTo, inheritedClass, highlighters);
                        this.startSpan(Math.min(rangeTo, cursor.to), cls);
                        if (cursor.to >= nextPos || !cursor.nextSibling())
                            break;
                    }
                }
                if (!next || nextPos > to)
                    break;
                pos = next.to + start;
                if (pos > from) {
                    this.highlightRange(inner.cursor(), Math.max(from, next.from + start), Math.min(to, pos), "", innerHighlighters);
                    this.startSpan(Math.min(to, pos), cls);
                }
            }
            if (hasChild)
                cursor.parent();
        }
        else if (cursor.firstChild()) {
            if (mounted)
                inheritedClass = "";
            do {
                if (cursor.to <= from)
                    continue;
                if (cursor.from >= to)
                    break;
                this.highlightRange(cursor, from, to, inheritedClass, highlighters);
                this.startSpan(Math.min(to, cursor.to), cls);
            } while (cursor.nextSibling());
            cursor.parent();
        }
    }
}
/**
Match a syntax node's [highlight rules](#highlight.styleTags). If
there's a match, return its set of tags, and whether it is
opaque (uses a `!`) or applies to all child nodes (`/...`).
*/
function getStyleTags(node) {
    let rule = node.type.prop(ruleNodeProp);
    while (rule && rule.context && !node.matchContext(rule.context))
        rule = rule.next;
    return rule || null;
}
const t = Tag.define;
const comment = t(), dist_name = t(), typeName = t(dist_name), propertyName = t(dist_name), literal = t(), string = t(literal), number = t(literal), content = t(), heading = t(content), keyword = t(), operator = t(), punctuation = t(), bracket = t(punctuation), meta = t();
/**
The default set of highlighting [tags](#highlight.Tag).

This collection is heavily biased towards programming languages,
and necessarily incomplete. A full ontology of syntactic
constructs would fill a stack of books, and be impractical to
write themes for. So try to make do with this set. If all else
fails, [open an
issue](https://code.haverbeke.berlin/codemirror/dev/issues) to propose a
new tag, or [define](#highlight.Tag^define) a local custom tag for
your use case.

Note that it is not obligatory to always attach the most specific
tag possible to an element—if your grammar can't easily
distinguish a certain type of element (such as a local variable),
it is okay to style it as its more general variant (a variable).

For tags that extend some parent tag, the documentation links to
the parent.
*/
const tags = {
    /**
    A comment.
    */
    comment,
    /**
    A line [comment](#highlight.tags.comment).
    */
    lineComment: t(comment),
    /**
    A block [comment](#highlight.tags.comment).
    */
    blockComment: t(comment),
    /**
    A documentation [comment](#highlight.tags.comment).
    */
    docComment: t(comment),
    /**
    Any kind of identifier.
    */
    name: dist_name,
    /**
    The [name](#highlight.tags.name) of a variable.
    */
    variableName: t(dist_name),
    /**
    A type [name](#highlight.tags.name).
    */
    typeName: typeName,
    /**
    A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
    */
    tagName: t(typeName),
    /**
    A property or field [name](#highlight.tags.name).
    */
    propertyName: propertyName,
    /**
    An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
    */
    attributeName: t(propertyName),
    /**
    The [name](#highlight.tags.name) of a class.
    */
    className: t(dist_name),
    /**
    A label [name](#highlight.tags.name).
    */
    labelName: t(dist_name),
    /**
    A namespace [name](#highlight.tags.name).
    */
    namespace: t(dist_name),
    /**
    The [name](#highlight.tags.name) of a macro.
    */
    macroName: t(dist_name),
    /**
    A literal value.
    */
    literal,
    /**
    A string [literal](#highlight.tags.literal).
    */
    string,
    /**
    A documentation [string](#highlight.tags.string).
    */
    docString: t(string),
    /**
    A character literal (subtag of [string](#highlight.tags.string)).
    */
    character: t(string),
    /**
    An attribute value (subtag of [string](#highlight.tags.string)).
    */
    attributeValue: t(string),
    /**
    A number [literal](#highlight.tags.literal).
    */
    number,
    /**
    An integer [number](#highlight.tags.number) literal.
    */
    integer: t(number),
    /**
    A floating-point [number](#highlight.tags.number) literal.
    */
    float: t(number),
    /**
    A boolean [literal](#highlight.tags.literal).
    */
    bool: t(literal),
    /**
    Regular expression [literal](#highlight.tags.literal).
    */
    regexp: t(literal),
    /**
    An escape [literal](#highlight.tags.literal), for example a
    backslash escape in a string.
    */
    escape: t(literal),
    /**
    A color [literal](#highlight.tags.literal).
    */
    color: t(literal),
    /**
    A URL [literal](#highlight.tags.literal).
    */
    url: t(literal),
    /**
    A language keyword.
    */
    keyword,
    /**
    The [keyword](#highlight.tags.keyword) for the self or this
    object.
    */
    self: t(keyword),
    /**
    The [keyword](#highlight.tags.keyword) for null.
    */
    null: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) denoting some atomic value.
    */
    atom: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) that represents a unit.
    */
    unit: t(keyword),
    /**
    A modifier [keyword](#highlight.tags.keyword).
    */
    modifier: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) that acts as an operator.
    */
    operatorKeyword: t(keyword),
    /**
    A control-flow related [keyword](#highlight.tags.keyword).
    */
    controlKeyword: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) that defines something.
    */
    definitionKeyword: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) related to defining or
    interfacing with modules.
    */
    moduleKeyword: t(keyword),
    /**
    An operator.
    */
    operator,
    /**
    An [operator](#highlight.tags.operator) that dereferences something.
    */
    derefOperator: t(operator),
    /**
    Arithmetic-related [operator](#highlight.tags.operator).
    */
    arithmeticOperator: t(operator),
    /**
    Logical [operator](#highlight.tags.operator).
    */
    logicOperator: t(operator),
    /**
    Bit [operator](#highlight.tags.operator).
    */
    bitwiseOperator: t(operator),
    /**
    Comparison [operator](#highlight.tags.operator).
    */
    compareOperator: t(operator),
    /**
    [Operator](#highlight.tags.operator) that updates its operand.
    */
    updateOperator: t(operator),
    /**
    [Operator](#highlight.tags.operator) that defines something.
    */
    definitionOperator: t(operator),
    /**
    Type-related [operator](#highlight.tags.operator).
    */
    typeOperator: t(operator),
    /**
    Control-flow [operator](#highlight.tags.operator).
    */
    controlOperator: t(operator),
    /**
    Program or markup punctuation.
    */
    punctuation,
    /**
    [Punctuation](#highlight.tags.punctuation) that separates
    things.
    */
    separator: t(punctuation),
    /**
    Bracket-style [punctuation](#highlight.tags.punctuation).
    */
    bracket,
    /**
    Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
    tokens).
    */
    angleBracket: t(bracket),
    /**
    Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
    tokens).
    */
    squareBracket: t(bracket),
    /**
    Parentheses (usually `(` and `)` tokens). Subtag of
    [bracket](#highlight.tags.bracket).
    */
    paren: t(bracket),
    /**
    Braces (usually `{` and `}` tokens). Subtag of
    [bracket](#highlight.tags.bracket).
    */
    brace: t(bracket),
    /**
    Content, for example plain text in XML or markup documents.
    */
    content,
    /**
    [Content](#highlight.tags.content) that represents a heading.
    */
    heading,
    /**
    A level 1 [heading](#highlight.tags.heading).
    */
    heading1: t(heading),
    /**
    A level 2 [heading](#highlight.tags.heading).
    */
    heading2: t(heading),
    /**
    A level 3 [heading](#highlight.tags.heading).
    */
    heading3: t(heading),
    /**
    A level 4 [heading](#highlight.tags.heading).
    */
    heading4: t(heading),
    /**
    A level 5 [heading](#highlight.tags.heading).
    */
    heading5: t(heading),
    /**
    A level 6 [heading](#highlight.tags.heading).
    */
    heading6: t(heading),
    /**
    A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
    */
    contentSeparator: t(content),
    /**
    [Content](#highlight.tags.content) that represents a list.
    */
    list: t(content),
    /**
    [Content](#highlight.tags.content) that represents a quote.
    */
    quote: t(content),
    /**
    [Content](#highlight.tags.content) that is emphasized.
    */
    emphasis: t(content),
    /**
    [Content](#highlight.tags.content) that is styled strong.
    */
    strong: t(content),
    /**
    [Content](#highlight.tags.content) that is part of a link.
    */
    link: t(content),
    /**
    [Content](#highlight.tags.content) that is styled as code or
    monospace.
    */
    monospace: t(content),
    /**
    [Content](#highlight.tags.content) that has a strike-through
    style.
    */
    strikethrough: t(content),
    /**
    Inserted text in a change-tracking format.
    */
    inserted: t(),
    /**
    Deleted text.
    */
    deleted: t(),
    /**
    Changed text.
    */
    changed: t(),
    /**
    An invalid or unsyntactic element.
    */
    invalid: t(),
    /**
    Metadata or meta-instruction.
    */
    meta,
    /**
    [Metadata](#highlight.tags.meta) that applies to the entire
    document.
    */
    documentMeta: t(meta),
    /**
    [Metadata](#highlight.tags.meta) that annotates or adds
    attributes to a given syntactic element.
    */
    annotation: t(meta),
    /**
    Processing instruction or preprocessor directive. Subtag of
    [meta](#highlight.tags.meta).
    */
    processingInstruction: t(meta),
    /**
    [Modifier](#highlight.Tag^defineModifier) that indicates that a
    given element is being defined. Expected to be used with the
    various [name](#highlight.tags.name) tags.
    */
    definition: Tag.defineModifier("definition"),
    /**
    [Modifier](#highlight.Tag^defineModifier) that indicates that
    something is constant. Mostly expected to be used with
    [variable names](#highlight.tags.variableName).
    */
    constant: Tag.defineModifier("constant"),
    /**
    [Modifier](#highlight.Tag^defineModifier) used to indicate that
    a [variable](#highlight.tags.variableName) or [property
    name](#highlight.tags.propertyName) is being called or defined
    as a function.
    */
    function: Tag.defineModifier("function"),
    /**
    [Modifier](#highlight.Tag^defineModifier) that can be applied to
    [names](#highlight.tags.name) to indicate that they belong to
    the language's standard environment.
    */
    standard: Tag.defineModifier("standard"),
    /**
    [Modifier](#highlight.Tag^defineModifier) that indicates a given
    [names](#highlight.tags.name) is local to some scope.
    */
    local: Tag.defineModifier("local"),
    /**
    A generic variant [modifier](#highlight.Tag^defineModifier) that
    can be used to tag language-specific alternative variants of
    some common tag. It is recommended for themes to define special
    forms of at least the [string](#highlight.tags.string) and
    [variable name](#highlight.tags.variableName) tags, since those
    come up a lot.
    */
    special: Tag.defineModifier("special")
};
for (let name in tags) {
    let val = tags[name];
    if (val instanceof Tag)
        val.name = name;
}
/**
This is a highlighter that adds stable, predictable classes to
tokens, for styling with external CSS.

The following tags are mapped to their name prefixed with `"tok-"`
(for example `"tok-comment"`):

* [`link`](#highlight.tags.link)
* [`heading`](#highlight.tags.heading)
* [`emphasis`](#highlight.tags.emphasis)
* [`strong`](#highlight.tags.strong)
* [`keyword`](#highlight.tags.keyword)
* [`atom`](#highlight.tags.atom)
* [`bool`](#highlight.tags.bool)
* [`url`](#highlight.tags.url)
* [`labelName`](#highlight.tags.labelName)
* [`inserted`](#highlight.tags.inserted)
* [`deleted`](#highlight.tags.deleted)
* [`literal`](#highlight.tags.literal)
* [`string`](#highlight.tags.string)
* [`number`](#highlight.tags.number)
* [`variableName`](#highlight.tags.variableName)
* [`typeName`](#highlight.tags.typeName)
* [`namespace`](#highlight.tags.namespace)
* [`className`](#highlight.tags.className)
* [`macroName`](#highlight.tags.macroName)
* [`propertyName`](#highlight.tags.propertyName)
* [`operator`](#highlight.tags.operator)
* [`comment`](#highlight.tags.comment)
* [`meta`](#highlight.tags.meta)
* [`punctuation`](#highlight.tags.punctuation)
* [`invalid`](#highlight.tags.invalid)

In addition, these mappings are provided:

* [`regexp`](#highlight.tags.regexp),
  [`escape`](#highlight.tags.escape), and
  [`special`](#highlight.tags.special)[`(string)`](#highlight.tags.string)
  are mapped to `"tok-string2"`
* [`special`](#highlight.tags.special)[`(variableName)`](#highlight.tags.variableName)
  to `"tok-variableName2"`
* [`local`](#highlight.tags.local)[`(variableName)`](#highlight.tags.variableName)
  to `"tok-variableName tok-local"`
* [`definition`](#highlight.tags.definition)[`(variableName)`](#highlight.tags.variableName)
  to `"tok-variableName tok-definition"`
* [`definition`](#highlight.tags.definition)[`(propertyName)`](#highlight.tags.propertyName)
  to `"tok-propertyName tok-definition"`
*/
const classHighlighter = tagHighlighter([
    { tag: tags.link, class: "tok-link" },
    { tag: tags.heading, class: "tok-heading" },
    { tag: tags.emphasis, class: "tok-emphasis" },
    { tag: tags.strong, class: "tok-strong" },
    { tag: tags.keyword, class: "tok-keyword" },
    { tag: tags.atom, class: "tok-atom" },
    { tag: tags.bool, class: "tok-bool" },
    { tag: tags.url, class: "tok-url" },
    { tag: tags.labelName, class: "tok-labelName" },
    { tag: tags.inserted, class: "tok-inserted" },
    { tag: tags.deleted, class: "tok-deleted" },
    { tag: tags.literal, class: "tok-literal" },
    { tag: tags.string, class: "tok-string" },
    { tag: tags.number, class: "tok-number" },
    { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
    { tag: tags.variableName, class: "tok-variableName" },
    { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
    { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
    { tag: tags.special(tags.variableName), class: "tok-variableName2" },
    { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
    { tag: tags.typeName, class: "tok-typeName" },
    { tag: tags.namespace, class: "tok-namespace" },
    { tag: tags.className, class: "tok-className" },
    { tag: tags.macroName, class: "tok-macroName" },
    { tag: tags.propertyName, class: "tok-propertyName" },
    { tag: tags.operator, class: "tok-operator" },
    { tag: tags.comment, class: "tok-comment" },
    { tag: tags.meta, class: "tok-meta" },
    { tag: tags.invalid, class: "tok-invalid" },
    { tag: tags.punctuation, class: "tok-punctuation" }
]);



;// CONCATENATED MODULE: ./node_modules/@lezer/python/dist/index.js



// This file was generated by lezer-generator. You probably shouldn't edit it.
const printKeyword = 1,
  indent = 194,
  dedent = 195,
  newline$1 = 196,
  blankLineStart = 197,
  newlineBracketed = 198,
  eof = 199,
  stringContent = 200,
  Escape = 2,
  replacementStart = 3,
  stringEnd = 201,
  ParenL = 24,
  ParenthesizedExpression = 25,
  TupleExpression = 49,
  ComprehensionExpression = 50,
  BracketL = 55,
  ArrayExpression = 56,
  ArrayComprehensionExpression = 57,
  BraceL = 59,
  DictionaryExpression = 60,
  DictionaryComprehensionExpression = 61,
  SetExpression = 62,
  SetComprehensionExpression = 63,
  ArgList = 65,
  subscript = 238,
  String$1 = 71,
  stringStart = 241,
  stringStartD = 242,
  stringStartL = 243,
  stringStartLD = 244,
  stringStartR = 245,
  stringStartRD = 246,
  stringStartRL = 247,
  stringStartRLD = 248,
  FormatString = 72,
  stringStartF = 249,
  stringStartFD = 250,
  stringStartFL = 251,
  stringStartFLD = 252,
  stringStartFR = 253,
  stringStartFRD = 254,
  stringStartFRL = 255,
  stringStartFRLD = 256,
  FormatReplacement = 73,
  nestedFormatReplacement = 77,
  importList = 263,
  TypeParamList = 112,
  ParamList = 130,
  SequencePattern = 151,
  MappingPattern = 152,
  PatternArgList = 155;

const newline = 10, carriageReturn = 13, space = 32, tab = 9, hash = 35, parenOpen = 40, dot = 46,
      braceOpen = 123, braceClose = 125, singleQuote = 39, doubleQuote = 34, backslash = 92,
      letter_o = 111, letter_x = 120, letter_N = 78, letter_u = 117, letter_U = 85;

const bracketed = new Set([
  ParenthesizedExpression, TupleExpression, ComprehensionExpression, importList, ArgList, ParamList,
  ArrayExpression, ArrayComprehensionExpression, subscript,
  SetExpression, SetComprehensionExpression, FormatString, FormatReplacement, nestedFormatReplacement,
  DictionaryExpression, DictionaryComprehensionExpression,
  SequencePattern, MappingPattern, PatternArgList, TypeParamList
]);

function isLineBreak(ch) {
  return ch == newline || ch == carriageReturn
}

function isHex(ch) {
  return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102
}

const newlines = new ExternalTokenizer((input, stack) => {
  let prev;
  if (input.next < 0) {
    input.acceptToken(eof);
  } else if (stack.context.flags & cx_Bracketed) {
    if (isLineBreak(input.next)) input.acceptToken(newlineBracketed, 1);
  } else if (((prev = input.peek(-1)) < 0 || isLineBreak(prev)) &&
             stack.canShift(blankLineStart)) {
    let spaces = 0;
    while (input.next == space || input.next == tab) { input.advance(); spaces++; }
    if (input.next == newline || input.next == carriageReturn || input.next == hash)
      input.acceptToken(blankLineStart, -spaces);
  } else if (isLineBreak(input.next)) {
    input.acceptToken(newline$1, 1);
  }
}, {contextual: true});

const indentation = new ExternalTokenizer((input, stack) => {
  let context = stack.context;
  if (context.flags) return
  let prev = input.peek(-1);
  if (prev == newline || prev == carriageReturn) {
    let depth = 0, chars = 0;
    for (;;) {
      if (input.next == space) depth++;
      else if (input.next == tab) depth += 8 - (depth % 8);
      else break
      input.advance();
      chars++;
    }
    if (depth != context.indent &&
        input.next != newline && input.next != carriageReturn && input.next != hash) {
      if (depth < context.indent) input.acceptToken(dedent, -chars);
      else input.acceptToken(indent);
    }
  }
});

// Flags used in Context objects
const cx_Bracketed = 1, cx_String = 2, cx_DoubleQuote = 4, cx_Long = 8, cx_Raw = 16, cx_Format = 32;

function Context(parent, indent, flags) {
  this.parent = parent;
  this.indent = indent;
  this.flags = flags;
  this.hash = (parent ? parent.hash + parent.hash << 8 : 0) + indent + (indent << 4) + flags + (flags << 6);
}

const topIndent = new Context(null, 0, 0);

function countIndent(space) {
  let depth = 0;
  for (let i = 0; i < space.length; i++)
    depth += space.charCodeAt(i) == tab ? 8 - (depth % 8) : 1;
  return depth
}

const stringFlags = new Map([
  [stringStart, 0],
  [stringStartD, cx_DoubleQuote],
  [stringStartL, cx_Long],
  [stringStartLD, cx_Long | cx_DoubleQuote],
  [stringStartR, cx_Raw],
  [stringStartRD, cx_Raw | cx_DoubleQuote],
  [stringStartRL, cx_Raw | cx_Long],
  [stringStartRLD, cx_Raw | cx_Long | cx_DoubleQuote],
  [stringStartF, cx_Format],
  [stringStartFD, cx_Format | cx_DoubleQuote],
  [stringStartFL, cx_Format | cx_Long],
  [stringStartFLD, cx_Format | cx_Long | cx_DoubleQuote],
  [stringStartFR, cx_Format | cx_Raw],
  [stringStartFRD, cx_Format | cx_Raw | cx_DoubleQuote],
  [stringStartFRL, cx_Format | cx_Raw | cx_Long],
  [stringStartFRLD, cx_Format | cx_Raw | cx_Long | cx_DoubleQuote]
].map(([term, flags]) => [term, flags | cx_String]));

const trackIndent = new ContextTracker({
  start: topIndent,
  reduce(context, term, _, input) {
    if ((context.flags & cx_Bracketed) && bracketed.has(term) ||
        (term == String$1 || term == FormatString) && (context.flags & cx_String))
      return context.parent
    return context
  },
  shift(context, term, stack, input) {
    if (term == indent)
      return new Context(context, countIndent(input.read(input.pos, stack.pos)), 0)
    if (term == dedent)
      return context.parent
    if (term == ParenL || term == BracketL || term == BraceL || term == replacementStart)
      return new Context(context, 0, cx_Bracketed)
    if (stringFlags.has(term))
      return new Context(context, 0, stringFlags.get(term) | (context.flags & cx_Bracketed))
    return context
  },
  hash(context) { return context.hash }
});

const legacyPrint = new ExternalTokenizer(input => {
  for (let i = 0; i < 5; i++) {
    if (input.next != "print".charCodeAt(i)) return
    input.advance();
  }
  if (/\w/.test(String.fromCharCode(input.next))) return
  for (let off = 0;; off++) {
    let next = input.peek(off);
    if (next == space || next == tab) continue
    if (next != parenOpen && next != dot && next != newline && next != carriageReturn && next != hash)
      input.acceptToken(printKeyword);
    return
  }
});

const strings = new ExternalTokenizer((input, stack) => {
  let {flags} = stack.context;
  let quote = (flags & cx_DoubleQuote) ? doubleQuote : singleQuote;
  let long = (flags & cx_Long) > 0;
  let escapes = !(flags & cx_Raw);
  let format = (flags & cx_Format) > 0;

  let start = input.pos;
  for (;;) {
    if (input.next < 0) {
      break
    } else if (format && input.next == braceOpen) {
      if (input.peek(1) == braceOpen) {
        input.advance(2);
      } else {
        if (input.pos == start) {
          input.acceptToken(replacementStart, 1);
          return
        }
        break
      }
    } else if (escapes && input.next == backslash) {
      if (input.pos == start) {
        input.advance();
        let escaped = input.next;
        if (escaped >= 0) {
          input.advance();
          skipEscape(input, escaped);
        }
        input.acceptToken(Escape);
        return
      }
      break
    } else if (input.next == backslash && !escapes && input.peek(1) > -1) {
      // Raw strings still ignore escaped quotes, weirdly.
      input.advance(2);
    } else if (input.next == quote && (!long || input.peek(1) == quote && input.peek(2) == quote)) {
      if (input.pos == start) {
        input.acceptToken(stringEnd, long ? 3 : 1);
        return
      }
      break
    } else if (input.next == newline) {
      if (long) {
        input.advance();
      } else if (input.pos == start) {
        input.acceptToken(stringEnd);
        return
      }
      break
    } else {
      input.advance();
    }
  }
  if (input.pos > start) input.acceptToken(stringContent);
});

function skipEscape(input, ch) {
  if (ch == letter_o) {
    for (let i = 0; i < 2 && input.next >= 48 && input.next <= 55; i++) input.advance();
  } else if (ch == letter_x) {
    for (let i = 0; i < 2 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_u) {
    for (let i = 0; i < 4 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_U) {
    for (let i = 0; i < 8 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_N) {
    if (input.next == braceOpen) {
      input.advance();
      while (input.next >= 0 && input.next != braceClose && input.next != singleQuote &&
             input.next != doubleQuote && input.next != newline) input.advance();
      if (input.next == braceClose) input.advance();
    }
  }
}

const pythonHighlighting = styleTags({
  "async \"*\" \"**\" FormatConversion FormatSpec": tags.modifier,
  "for while if elif else try except finally return raise break continue with pass assert await yield match case": tags.controlKeyword,
  "in not and or is del": tags.operatorKeyword,
  "from def class global nonlocal lambda": tags.definitionKeyword,
  import: tags.moduleKeyword,
  "with as print": tags.keyword,
  Boolean: tags.bool,
  None: tags.null,
  VariableName: tags.variableName,
  "CallExpression/VariableName": tags.function(tags.variableName),
  "FunctionDefinition/VariableName": tags.function(tags.definition(tags.variableName)),
  "ClassDefinition/VariableName": tags.definition(tags.className),
  PropertyName: tags.propertyName,
  "CallExpression/MemberExpression/PropertyName": tags.function(tags.propertyName),
  Comment: tags.lineComment,
  Number: tags.number,
  String: tags.string,
  FormatString: tags.special(tags.string),
  Escape: tags.escape,
  UpdateOp: tags.updateOperator,
  "ArithOp!": tags.arithmeticOperator,
  BitOp: tags.bitwiseOperator,
  CompareOp: tags.compareOperator,
  AssignOp: tags.definitionOperator,
  Ellipsis: tags.punctuation,
  At: tags.meta,
  "( )": tags.paren,
  "[ ]": tags.squareBracket,
  "{ }": tags.brace,
  ".": tags.derefOperator,
  ", ;": tags.separator
});

// This file was generated by lezer-generator. You probably shouldn't edit it.
const spec_identifier = {__proto__:null,await:44, or:54, and:56, in:60, not:62, is:64, if:70, else:72, lambda:76, yield:94, from:96, async:102, for:104, None:162, True:164, False:164, del:178, pass:182, break:186, continue:190, return:194, raise:202, import:206, as:208, global:212, nonlocal:214, assert:218, type:223, elif:236, while:240, try:246, except:248, finally:250, with:254, def:258, class:268, match:279, case:285};
const parser = LRParser.deserialize({
  version: 14,
  states: "##jQ`QeOOP$}OSOOO&WQtO'#HUOOQS'#Co'#CoOOQS'#Cp'#CpO'vQdO'#CnO*UQtO'#HTOOQS'#HU'#HUOOQS'#DU'#DUOOQS'#HT'#HTO*rQdO'#D_O+VQdO'#DfO+gQdO'#DjO+zOWO'#DuO,VOWO'#DvO.[QtO'#GuOOQS'#Gu'#GuO'vQdO'#GtO0ZQtO'#GtOOQS'#Eb'#EbO0rQdO'#EcOOQS'#Gs'#GsO0|QdO'#GrOOQV'#Gr'#GrO1XQdO'#FYOOQS'#G^'#G^O1^QdO'#FXOOQV'#IS'#ISOOQV'#Gq'#GqOOQV'#Fq'#FqQ`QeOOO'vQdO'#CqO1lQdO'#C}O1sQdO'#DRO2RQdO'#HYO2cQtO'#EVO'vQdO'#EWOOQS'#EY'#EYOOQS'#E['#E[OOQS'#E^'#E^O2wQdO'#E`O3_QdO'#EdO3rQdO'#EfO3zQtO'#EfO1XQdO'#EiO0rQdO'#ElO1XQdO'#EnO0rQdO'#EtO0rQdO'#EwO4VQdO'#EyO4^QdO'#FOO4iQdO'#EzO0rQdO'#FOO1XQdO'#FQO1XQdO'#FVO4nQdO'#F[P4uOdO'#GpPOOO)CBd)CBdOOQS'#Ce'#CeOOQS'#Cf'#CfOOQS'#Cg'#CgOOQS'#Ch'#ChOOQS'#Ci'#CiOOQS'#Cj'#CjOOQS'#Cl'#ClO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO5TQdO'#DoOOQS,5:Y,5:YO5hQdO'#HdOOQS,5:],5:]O5uQ!fO,5:]O5zQtO,59YO1lQdO,59bO1lQdO,59bO1lQdO,59bO8jQdO,59bO8oQdO,59bO8vQdO,59jO8}QdO'#HTO:TQdO'#HSOOQS'#HS'#HSOOQS'#D['#D[O:lQdO,59aO'vQdO,59aO:zQdO,59aOOQS,59y,59yO;PQdO,5:RO'vQdO,5:ROOQS,5:Q,5:QO;_QdO,5:QO;dQdO,5:XO'vQdO,5:XO'vQdO,5:VOOQS,5:U,5:UO;uQdO,5:UO;zQdO,5:WOOOW'#Fy'#FyO<POWO,5:aOOQS,5:a,5:aO<[QdO'#HwOOOW'#Dw'#DwOOOW'#Fz'#FzO<lOWO,5:bOOQS,5:b,5:bOOQS'#F}'#F}O<zQtO,5:iO?lQtO,5=`O@VQ#xO,5=`O@vQtO,5=`OOQS,5:},5:}OA_QeO'#GWOBqQdO,5;^OOQV,5=^,5=^OB|QtO'#IPOCkQdO,5;tOOQS-E:[-E:[OOQV,5;s,5;sO4dQdO'#FQOOQV-E9o-E9oOCsQtO,59]OEzQtO,59iOFeQdO'#HVOFpQdO'#HVO1XQdO'#HVOF{QdO'#DTOGTQdO,59mOGYQdO'#HZO'vQdO'#HZO0rQdO,5=tOOQS,5=t,5=tO0rQdO'#EROOQS'#ES'#ESOGwQdO'#GPOHXQdO,58|OHXQdO,58|O*xQdO,5:oOHgQtO'#H]OOQS,5:r,5:rOOQS,5:z,5:zOHzQdO,5;OOI]QdO'#IOO1XQdO'#H}OOQS,5;Q,5;QOOQS'#GT'#GTOIqQtO,5;QOJPQdO,5;QOJUQdO'#IQOOQS,5;T,5;TOJdQdO'#H|OOQS,5;W,5;WOJuQdO,5;YO4iQdO,5;`O4iQdO,5;cOJ}QtO'#ITO'vQdO'#ITOKXQdO,5;eO4VQdO,5;eO0rQdO,5;jO1XQdO,5;lOK^QeO'#EuOLjQgO,5;fO!!kQdO'#IUO4iQdO,5;jO!!vQdO,5;lO!#OQdO,5;qO!#ZQtO,5;vO'vQdO,5;vPOOO,5=[,5=[P!#bOSO,5=[P!#jOdO,5=[O!&bQtO1G.jO!&iQtO1G.jO!)YQtO1G.jO!)dQtO1G.jO!+}QtO1G.jO!,bQtO1G.jO!,uQdO'#HcO!-TQtO'#GuO0rQdO'#HcO!-_QdO'#HbOOQS,5:Z,5:ZO!-gQdO,5:ZO!-lQdO'#HeO!-wQdO'#HeO!.[QdO,5>OOOQS'#Ds'#DsOOQS1G/w1G/wOOQS1G.|1G.|O!/[QtO1G.|O!/cQtO1G.|O1lQdO1G.|O!0OQdO1G/UOOQS'#DZ'#DZO0rQdO,59tOOQS1G.{1G.{O!0VQdO1G/eO!0gQdO1G/eO!0oQdO1G/fO'vQdO'#H[O!0tQdO'#H[O!0yQtO1G.{O!1ZQdO,59iO!2aQdO,5=zO!2qQdO,5=zO!2yQdO1G/mO!3OQtO1G/mOOQS1G/l1G/lO!3`QdO,5=uO!4VQdO,5=uO0rQdO1G/qO!4tQdO1G/sO!4yQtO1G/sO!5ZQtO1G/qOOQS1G/p1G/pOOQS1G/r1G/rOOOW-E9w-E9wOOQS1G/{1G/{O!5kQdO'#HxO0rQdO'#HxO!5|QdO,5>cOOOW-E9x-E9xOOQS1G/|1G/|OOQS-E9{-E9{O!6[Q#xO1G2zO!6{QtO1G2zO'vQdO,5<jOOQS,5<j,5<jOOQS-E9|-E9|OOQS,5<r,5<rOOQS-E:U-E:UOOQV1G0x1G0xO1XQdO'#GRO!7dQtO,5>kOOQS1G1`1G1`O!8RQdO1G1`OOQS'#DV'#DVO0rQdO,5=qOOQS,5=q,5=qO!8WQdO'#FrO!8cQdO,59oO!8kQdO1G/XO!8uQtO,5=uOOQS1G3`1G3`OOQS,5:m,5:mO!9fQdO'#GtOOQS,5<k,5<kOOQS-E9}-E9}O!9wQdO1G.hOOQS1G0Z1G0ZO!:VQdO,5=wO!:gQdO,5=wO0rQdO1G0jO0rQdO1G0jO!:xQdO,5>jO!;ZQdO,5>jO1XQdO,5>jO!;lQdO,5>iOOQS-E:R-E:RO!;qQdO1G0lO!;|QdO1G0lO!<RQdO,5>lO!<aQdO,5>lO!<oQdO,5>hO!=VQdO,5>hO!=hQdO'#EpO0rQdO1G0tO!=sQdO1G0tO!=xQgO1G0zO!AvQgO1G0}O!EqQdO,5>oO!E{QdO,5>oO!FTQtO,5>oO0rQdO1G1PO!F_QdO1G1PO4iQdO1G1UO!!vQdO1G1WOOQV,5;a,5;aO!FdQfO,5;aO!FiQgO1G1QO!JjQdO'#GZO4iQdO1G1QO4iQdO1G1QO!JzQdO,5>pO!KXQdO,5>pO1XQdO,5>pOOQV1G1U1G1UO!KaQdO'#FSO!KrQ!fO1G1WO!KzQdO1G1WOOQV1G1]1G1]O4iQdO1G1]O!LPQdO1G1]O!LXQdO'#F^OOQV1G1b1G1bO!#ZQtO1G1bPOOO1G2v1G2vP!L^OSO1G2vOOQS,5=},5=}OOQS'#Dp'#DpO0rQdO,5=}O!LfQdO,5=|O!LyQdO,5=|OOQS1G/u1G/uO!MRQdO,5>PO!McQdO,5>PO!MkQdO,5>PO!NOQdO,5>PO!N`QdO,5>POOQS1G3j1G3jOOQS7+$h7+$hO!8kQdO7+$pO#!RQdO1G.|O#!YQdO1G.|OOQS1G/`1G/`OOQS,5<`,5<`O'vQdO,5<`OOQS7+%P7+%PO#!aQdO7+%POOQS-E9r-E9rOOQS7+%Q7+%QO#!qQdO,5=vO'vQdO,5=vOOQS7+$g7+$gO#!vQdO7+%PO##OQdO7+%QO##TQdO1G3fOOQS7+%X7+%XO##eQdO1G3fO##mQdO7+%XOOQS,5<_,5<_O'vQdO,5<_O##rQdO1G3aOOQS-E9q-E9qO#$iQdO7+%]OOQS7+%_7+%_O#$wQdO1G3aO#%fQdO7+%_O#%kQdO1G3gO#%{QdO1G3gO#&TQdO7+%]O#&YQdO,5>dO#&sQdO,5>dO#&sQdO,5>dOOQS'#Dx'#DxO#'UO&jO'#DzO#'aO`O'#HyOOOW1G3}1G3}O#'fQdO1G3}O#'nQdO1G3}O#'yQ#xO7+(fO#(jQtO1G2UP#)TQdO'#GOOOQS,5<m,5<mOOQS-E:P-E:POOQS7+&z7+&zOOQS1G3]1G3]OOQS,5<^,5<^OOQS-E9p-E9pOOQS7+$s7+$sO#)bQdO,5=`O#){QdO,5=`O#*^QtO,5<aO#*qQdO1G3cOOQS-E9s-E9sOOQS7+&U7+&UO#+RQdO7+&UO#+aQdO,5<nO#+uQdO1G4UOOQS-E:Q-E:QO#,WQdO1G4UOOQS1G4T1G4TOOQS7+&W7+&WO#,iQdO7+&WOOQS,5<p,5<pO#,tQdO1G4WOOQS-E:S-E:SOOQS,5<l,5<lO#-SQdO1G4SOOQS-E:O-E:OO1XQdO'#EqO#-jQdO'#EqO#-uQdO'#IRO#-}QdO,5;[OOQS7+&`7+&`O0rQdO7+&`O#.SQgO7+&fO!JmQdO'#GXO4iQdO7+&fO4iQdO7+&iO#2QQtO,5<tO'vQdO,5<tO#2[QdO1G4ZOOQS-E:W-E:WO#2fQdO1G4ZO4iQdO7+&kO0rQdO7+&kOOQV7+&p7+&pO!KrQ!fO7+&rO!KzQdO7+&rO`QeO1G0{OOQV-E:X-E:XO4iQdO7+&lO4iQdO7+&lOOQV,5<u,5<uO#2nQdO,5<uO!JmQdO,5<uOOQV7+&l7+&lO#2yQgO7+&lO#6tQdO,5<vO#7PQdO1G4[OOQS-E:Y-E:YO#7^QdO1G4[O#7fQdO'#IWO#7tQdO'#IWO1XQdO'#IWOOQS'#IW'#IWO#8PQdO'#IVOOQS,5;n,5;nO#8XQdO,5;nO0rQdO'#FUOOQV7+&r7+&rO4iQdO7+&rOOQV7+&w7+&wO4iQdO7+&wO#8^QfO,5;xOOQV7+&|7+&|POOO7+(b7+(bO#8cQdO1G3iOOQS,5<c,5<cO#8qQdO1G3hOOQS-E9u-E9uO#9UQdO,5<dO#9aQdO,5<dO#9tQdO1G3kOOQS-E9v-E9vO#:UQdO1G3kO#:^QdO1G3kO#:nQdO1G3kO#:UQdO1G3kOOQS<<H[<<H[O#:yQtO1G1zOOQS<<Hk<<HkP#;WQdO'#FtO8vQdO1G3bO#;eQdO1G3bO#;jQdO<<HkOOQS<<Hl<<HlO#;zQdO7+)QOOQS<<Hs<<HsO#<[QtO1G1yP#<{QdO'#FsO#=YQdO7+)RO#=jQdO7+)RO#=rQdO<<HwO#=wQdO7+({OOQS<<Hy<<HyO#>nQdO,5<bO'vQdO,5<bOOQS-E9t-E9tOOQS<<Hw<<HwOOQS,5<g,5<gO0rQdO,5<gO#>sQdO1G4OOOQS-E9y-E9yO#?^QdO1G4OO<[QdO'#H{OOOO'#D{'#D{OOOO'#F|'#F|O#?oO&jO,5:fOOOW,5>e,5>eOOOW7+)i7+)iO#?zQdO7+)iO#@SQdO1G2zO#@mQdO1G2zP'vQdO'#FuO0rQdO<<IpO1XQdO1G2YP1XQdO'#GSO#AOQdO7+)pO#AaQdO7+)pOOQS<<Ir<<IrP1XQdO'#GUP0rQdO'#GQOOQS,5;],5;]O#ArQdO,5>mO#BQQdO,5>mOOQS1G0v1G0vOOQS<<Iz<<IzOOQV-E:V-E:VO4iQdO<<JQOOQV,5<s,5<sO4iQdO,5<sOOQV<<JQ<<JQOOQV<<JT<<JTO#BYQtO1G2`P#BdQdO'#GYO#BkQdO7+)uO#BuQgO<<JVO4iQdO<<JVOOQV<<J^<<J^O4iQdO<<J^O!KrQ!fO<<J^O#FpQgO7+&gOOQV<<JW<<JWO#FzQgO<<JWOOQV1G2a1G2aO1XQdO1G2aO#JuQdO1G2aO4iQdO<<JWO1XQdO1G2bP0rQdO'#G[O#KQQdO7+)vO#K_QdO7+)vOOQS'#FT'#FTO0rQdO,5>rO#KgQdO,5>rO#KrQdO,5>rO#K}QdO,5>qO#L`QdO,5>qOOQS1G1Y1G1YOOQS,5;p,5;pOOQV<<Jc<<JcO#LhQdO1G1dOOQS7+)T7+)TP#LmQdO'#FwO#L}QdO1G2OO#MbQdO1G2OO#MrQdO1G2OP#M}QdO'#FxO#N[QdO7+)VO#NlQdO7+)VO#NlQdO7+)VO#NtQdO7+)VO$ UQdO7+(|O8vQdO7+(|OOQSAN>VAN>VO$ oQdO<<LmOOQSAN>cAN>cO0rQdO1G1|O$!PQtO1G1|P$!ZQdO'#FvOOQS1G2R1G2RP$!hQdO'#F{O$!uQdO7+)jO$#`QdO,5>gOOOO-E9z-E9zOOOW<<MT<<MTO$#nQdO7+(fOOQSAN?[AN?[OOQS7+'t7+'tO$$XQdO<<M[OOQS,5<q,5<qO$$jQdO1G4XOOQS-E:T-E:TOOQVAN?lAN?lOOQV1G2_1G2_O4iQdOAN?qO$$xQgOAN?qOOQVAN?xAN?xO4iQdOAN?xOOQV<<JR<<JRO4iQdOAN?rO4iQdO7+'{OOQV7+'{7+'{O1XQdO7+'{OOQVAN?rAN?rOOQS7+'|7+'|O$(sQdO<<MbOOQS1G4^1G4^O0rQdO1G4^OOQS,5<w,5<wO$)QQdO1G4]OOQS-E:Z-E:ZOOQU'#G_'#G_O$)cQfO7+'OO$)nQdO'#F_O$*uQdO7+'jO$+VQdO7+'jOOQS7+'j7+'jO$+bQdO<<LqO$+rQdO<<LqO$+rQdO<<LqO$+zQdO'#H^OOQS<<Lh<<LhO$,UQdO<<LhOOQS7+'h7+'hOOQS'#D|'#D|OOOO1G4R1G4RO$,oQdO1G4RO$,wQdO1G4RP!=hQdO'#GVOOQVG25]G25]O4iQdOG25]OOQVG25dG25dOOQVG25^G25^OOQV<<Kg<<KgO4iQdO<<KgOOQS7+)x7+)xP$-SQdO'#G]OOQU-E:]-E:]OOQV<<Jj<<JjO$-vQtO'#FaOOQS'#Fc'#FcO$.WQdO'#FbO$.xQdO'#FbOOQS'#Fb'#FbO$.}QdO'#IYO$)nQdO'#FiO$)nQdO'#FiO$/fQdO'#FjO$)nQdO'#FkO$/mQdO'#IZOOQS'#IZ'#IZO$0[QdO,5;yOOQS<<KU<<KUO$0dQdO<<KUO$0tQdOANB]O$1UQdOANB]O$1^QdO'#H_OOQS'#H_'#H_O1sQdO'#DcO$1wQdO,5=xOOQSANBSANBSOOOO7+)m7+)mO$2`QdO7+)mOOQVLD*wLD*wOOQVANARANARO5uQ!fO'#GaO$2hQtO,5<SO$)nQdO'#FmOOQS,5<W,5<WOOQS'#Fd'#FdO$3YQdO,5;|O$3_QdO,5;|OOQS'#Fg'#FgO$)nQdO'#G`O$4PQdO,5<QO$4kQdO,5>tO$4{QdO,5>tO1XQdO,5<PO$5^QdO,5<TO$5cQdO,5<TO$)nQdO'#I[O$5hQdO'#I[O$5mQdO,5<UOOQS,5<V,5<VO0rQdO'#FpOOQU1G1e1G1eO4iQdO1G1eOOQSAN@pAN@pO$5rQdOG27wO$6SQdO,59}OOQS1G3d1G3dOOOO<<MX<<MXOOQS,5<{,5<{OOQS-E:_-E:_O$6XQtO'#FaO$6`QdO'#I]O$6nQdO'#I]O$6vQdO,5<XOOQS1G1h1G1hO$6{QdO1G1hO$7QQdO,5<zOOQS-E:^-E:^O$7lQdO,5=OO$8TQdO1G4`OOQS-E:b-E:bOOQS1G1k1G1kOOQS1G1o1G1oO$8eQdO,5>vO$)nQdO,5>vOOQS1G1p1G1pOOQS,5<[,5<[OOQU7+'P7+'PO$+zQdO1G/iO$)nQdO,5<YO$8sQdO,5>wO$8zQdO,5>wOOQS1G1s1G1sOOQS7+'S7+'SP$)nQdO'#GdO$9SQdO1G4bO$9^QdO1G4bO$9fQdO1G4bOOQS7+%T7+%TO$9tQdO1G1tO$:SQtO'#FaO$:ZQdO,5<}OOQS,5<},5<}O$:iQdO1G4cOOQS-E:a-E:aO$)nQdO,5<|O$:pQdO,5<|O$:uQdO7+)|OOQS-E:`-E:`O$;PQdO7+)|O$)nQdO,5<ZP$)nQdO'#GcO$;XQdO1G2hO$)nQdO1G2hP$;gQdO'#GbO$;nQdO<<MhO$;xQdO1G1uO$<WQdO7+(SO8vQdO'#C}O8vQdO,59bO8vQdO,59bO8vQdO,59bO$<fQtO,5=`O8vQdO1G.|O0rQdO1G/XO0rQdO7+$pP$<yQdO'#GOO'vQdO'#GtO$=WQdO,59bO$=]QdO,59bO$=dQdO,59mO$=iQdO1G/UO1sQdO'#DRO8vQdO,59j",
  stateData: "$>S~O%cOS%^OSSOS%]PQ~OPdOVaOfoOhYOopOs!POvqO!PrO!Q{O!T!SO!U!RO!XZO!][O!h`O!r`O!s`O!t`O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#l!QO#o!TO#s!UO#u!VO#z!WO#}hO$P!XO%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~O%]!YO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%j![O%k!]O%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aO~Ok%xXl%xXm%xXn%xXo%xXp%xXs%xXz%xX{%xX!x%xX#g%xX%[%xX%_%xX%z%xXg%xX!T%xX!U%xX%{%xX!W%xX![%xX!Q%xX#[%xXt%xX!m%xX~P%SOfoOhYO!XZO!][O!h`O!r`O!s`O!t`O%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~Oz%wX{%wX#g%wX%[%wX%_%wX%z%wX~Ok!pOl!qOm!oOn!oOo!rOp!sOs!tO!x%wX~P)pOV!zOg!|Oo0cOv0qO!PrO~P'vOV#OOo0cOv0qO!W#PO~P'vOV#SOa#TOo0cOv0qO![#UO~P'vOQ#XO%`#XO%a#ZO~OQ#^OR#[O%`#^O%a#`O~OV%iX_%iXa%iXh%iXk%iXl%iXm%iXn%iXo%iXp%iXs%iXz%iX!X%iX!f%iX%j%iX%k%iX%l%iX%m%iX%n%iX%o%iX%p%iX%q%iX%r%iX%s%iXg%iX!T%iX!U%iX~O&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O{%iX!x%iX#g%iX%[%iX%_%iX%z%iX%{%iX!W%iX![%iX!Q%iX#[%iXt%iX!m%iX~P,eOz#dO{%hX!x%hX#g%hX%[%hX%_%hX%z%hX~Oo0cOv0qO~P'vO#g#gO%[#iO%_#iO~O%uWO~O!T#nO#u!VO#z!WO#}hO~OopO~P'vOV#sOa#tO%uWO{wP~OV#xOo0cOv0qO!Q#yO~P'vO{#{O!x$QO%z#|O#g!yX%[!yX%_!yX~OV#xOo0cOv0qO#g#SX%[#SX%_#SX~P'vOo0cOv0qO#g#WX%[#WX%_#WX~P'vOh$WO%uWO~O!f$YO!r$YO%uWO~OV$eO~P'vO!U$gO#s$hO#u$iO~O{$jO~OV$qO~P'vOS$sO%[$rO%_$rO%c$tO~OV$}Oa$}Og%POo0cOv0qO~P'vOo0cOv0qO{%SO~P'vO&Y%UO~Oa!bOh!iO!X!kO!f!mOVba_bakbalbambanbaobapbasbazba{ba!xba#gba%[ba%_ba%jba%kba%lba%mba%nba%oba%pba%qba%rba%sba%zbagba!Tba!Uba%{ba!Wba![ba!Qba#[batba!mba~On%ZO~Oo%ZO~P'vOo0cO~P'vOk0eOl0fOm0dOn0dOo0mOp0nOs0rOg%wX!T%wX!U%wX%{%wX!W%wX![%wX!Q%wX#[%wX!m%wX~P)pO%{%]Og%vXz%vX!T%vX!U%vX!W%vX{%vX~Og%_Oz%`O!T%dO!U%cO~Og%_O~Oz%gO!T%dO!U%cO!W&SX~O!W%kO~Oz%lO{%nO!T%dO!U%cO![%}X~O![%rO~O![%sO~OQ#XO%`#XO%a%uO~OV%wOo0cOv0qO!PrO~P'vOQ#^OR#[O%`#^O%a%zO~OV!qa_!qaa!qah!qak!qal!qam!qan!qao!qap!qas!qaz!qa{!qa!X!qa!f!qa!x!qa#g!qa%[!qa%_!qa%j!qa%k!qa%l!qa%m!qa%n!qa%o!qa%p!qa%q!qa%r!qa%s!qa%z!qag!qa!T!qa!U!qa%{!qa!W!qa![!qa!Q!qa#[!qat!qa!m!qa~P#yOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P%SOV&OOopOvqO{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P'vOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#g$zX%[$zX%_$zX~P'vO#g#gO%[&TO%_&TO~O!f&UOh&sX%[&sXz&sX#[&sX#g&sX%_&sX#Z&sXg&sX~Oh!iO%[&WO~Okealeameaneaoeapeaseazea{ea!xea#gea%[ea%_ea%zeagea!Tea!Uea%{ea!Wea![ea!Qea#[eatea!mea~P%SOsqazqa{qa#gqa%[qa%_qa%zqa~Ok!pOl!qOm!oOn!oOo!rOp!sO!xqa~PEcO%z&YOz%yX{%yX~O%uWOz%yX{%yX~Oz&]O{wX~O{&_O~Oz%lO#g%}X%[%}X%_%}Xg%}X{%}X![%}X!m%}X%z%}X~OV0lOo0cOv0qO!PrO~P'vO%z#|O#gUa%[Ua%_Ua~Oz&hO#g&PX%[&PX%_&PXn&PX~P%SOz&kO!Q&jO#g#Wa%[#Wa%_#Wa~Oz&lO#[&nO#g&rX%[&rX%_&rXg&rX~O!f$YO!r$YO#Z&qO%uWO~O#Z&qO~Oz&sO#g&tX%[&tX%_&tX~Oz&uO#g&pX%[&pX%_&pX{&pX~O!X&wO%z&xO~Oz&|On&wX~P%SOn'PO~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO%['UO~P'vOt'YO#p'WO#q'XOP#naV#naf#nah#nao#nas#nav#na!P#na!Q#na!T#na!U#na!X#na!]#na!h#na!r#na!s#na!t#na!{#na!}#na#P#na#R#na#T#na#X#na#Z#na#^#na#_#na#a#na#c#na#l#na#o#na#s#na#u#na#z#na#}#na$P#na%X#na%o#na%p#na%t#na%u#na&Z#na&[#na&]#na&^#na&_#na&`#na&a#na&b#na&c#na&d#na&e#na&f#na&g#na&h#na&i#na&j#na%Z#na%_#na~Oz'ZO#[']O{&xX~Oh'_O!X&wO~Oh!iO{$jO!X&wO~O{'eO~P%SO%['hO%_'hO~OS'iO%['hO%_'hO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%k!]O~P!#uO%kWi~P!#uOV!aO_!aOa!bOh!iO!X!kO!f!mO%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%m!_O%n!_O~P!&pO%mWi%nWi~P!&pOa!bOh!iO!X!kO!f!mOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%mWi%nWi%oWi%pWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~OV!aO_!aO%q!aO%r!aO%s!aO~P!)nOVWi_Wi%qWi%rWi%sWi~P!)nO!T%dO!U%cOg&VXz&VX~O%z'kO%{'kO~P,eOz'mOg&UX~Og'oO~Oz'pO{'rO!W&XX~Oo0cOv0qOz'pO{'sO!W&XX~P'vO!W'uO~Om!oOn!oOo!rOp!sOkjisjizji{ji!xji#gji%[ji%_ji%zji~Ol!qO~P!.aOlji~P!.aOk0eOl0fOm0dOn0dOo0mOp0nO~Ot'wO~P!/jOV'|Og'}Oo0cOv0qO~P'vOg'}Oz(OO~Og(QO~O!U(SO~Og(TOz(OO!T%dO!U%cO~P%SOk0eOl0fOm0dOn0dOo0mOp0nOgqa!Tqa!Uqa%{qa!Wqa![qa!Qqa#[qatqa!mqa~PEcOV'|Oo0cOv0qO!W&Sa~P'vOz(WO!W&Sa~O!W(XO~Oz(WO!T%dO!U%cO!W&Sa~P%SOV(]Oo0cOv0qO![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~P'vOz(^O![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~O![(aO~Oz(^O!T%dO!U%cO![%}a~P%SOz(dO!T%dO!U%cO![&Ta~P%SOz(gO{&lX![&lX!m&lX%z&lX~O{(kO![(mO!m(nO%z(jO~OV&OOopOvqO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~P'vOz(pO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~O!f&UOh&sa%[&saz&sa#[&sa#g&sa%_&sa#Z&sag&sa~O%[(uO~OV#sOa#tO%uWO~Oz&]O{wa~OopOvqO~P'vOz(^O#g%}a%[%}a%_%}ag%}a{%}a![%}a!m%}a%z%}a~P%SOz(zO#g%hX%[%hX%_%hX%z%hX~O%z#|O#gUi%[Ui%_Ui~O#g&Pa%[&Pa%_&Pan&Pa~P'vOz(}O#g&Pa%[&Pa%_&Pan&Pa~O%uWO#g&ra%[&ra%_&rag&ra~Oz)SO#g&ra%[&ra%_&rag&ra~Og)VO~OV)WOh$WO%uWO~O#Z)XO~O%uWO#g&ta%[&ta%_&ta~Oz)ZO#g&ta%[&ta%_&ta~Oo0cOv0qO#g&pa%[&pa%_&pa{&pa~P'vOz)^O#g&pa%[&pa%_&pa{&pa~OV)`Oa)`O%uWO~O%z)eO~Ot)hO#j)gOP#hiV#hif#hih#hio#his#hiv#hi!P#hi!Q#hi!T#hi!U#hi!X#hi!]#hi!h#hi!r#hi!s#hi!t#hi!{#hi!}#hi#P#hi#R#hi#T#hi#X#hi#Z#hi#^#hi#_#hi#a#hi#c#hi#l#hi#o#hi#s#hi#u#hi#z#hi#}#hi$P#hi%X#hi%o#hi%p#hi%t#hi%u#hi&Z#hi&[#hi&]#hi&^#hi&_#hi&`#hi&a#hi&b#hi&c#hi&d#hi&e#hi&f#hi&g#hi&h#hi&i#hi&j#hi%Z#hi%_#hi~Ot)iOP#kiV#kif#kih#kio#kis#kiv#ki!P#ki!Q#ki!T#ki!U#ki!X#ki!]#ki!h#ki!r#ki!s#ki!t#ki!{#ki!}#ki#P#ki#R#ki#T#ki#X#ki#Z#ki#^#ki#_#ki#a#ki#c#ki#l#ki#o#ki#s#ki#u#ki#z#ki#}#ki$P#ki%X#ki%o#ki%p#ki%t#ki%u#ki&Z#ki&[#ki&]#ki&^#ki&_#ki&`#ki&a#ki&b#ki&c#ki&d#ki&e#ki&f#ki&g#ki&h#ki&i#ki&j#ki%Z#ki%_#ki~OV)kOn&wa~P'vOz)lOn&wa~Oz)lOn&wa~P%SOn)pO~O%Y)tO~Ot)wO#p'WO#q)vOP#niV#nif#nih#nio#nis#niv#ni!P#ni!Q#ni!T#ni!U#ni!X#ni!]#ni!h#ni!r#ni!s#ni!t#ni!{#ni!}#ni#P#ni#R#ni#T#ni#X#ni#Z#ni#^#ni#_#ni#a#ni#c#ni#l#ni#o#ni#s#ni#u#ni#z#ni#}#ni$P#ni%X#ni%o#ni%p#ni%t#ni%u#ni&Z#ni&[#ni&]#ni&^#ni&_#ni&`#ni&a#ni&b#ni&c#ni&d#ni&e#ni&f#ni&g#ni&h#ni&i#ni&j#ni%Z#ni%_#ni~OV)zOo0cOv0qO{$jO~P'vOo0cOv0qO{&xa~P'vOz*OO{&xa~OV*SOa*TOg*WO%q*UO%uWO~O{$jO&{*YO~Oh'_O~Oh!iO{$jO~O%[*_O~O%[*aO%_*aO~OV$}Oa$}Oo0cOv0qOg&Ua~P'vOz*dOg&Ua~Oo0cOv0qO{*gO!W&Xa~P'vOz*hO!W&Xa~Oo0cOv0qOz*hO{*kO!W&Xa~P'vOo0cOv0qOz*hO!W&Xa~P'vOz*hO{*kO!W&Xa~Om0dOn0dOo0mOp0nOgjikjisjizji!Tji!Uji%{ji!Wji{ji![ji#gji%[ji%_ji!Qji#[jitji!mji%zji~Ol0fO~P!NkOlji~P!NkOV'|Og*pOo0cOv0qO~P'vOn*rO~Og*pOz*tO~Og*uO~OV'|Oo0cOv0qO!W&Si~P'vOz*vO!W&Si~O!W*wO~OV(]Oo0cOv0qO![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~P'vOz*zO!T%dO!U%cO![&Ti~Oz*}O![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~O![+OO~Oa+QOo0cOv0qO![&Ti~P'vOz*zO![&Ti~O![+SO~OV+UOo0cOv0qO{&la![&la!m&la%z&la~P'vOz+VO{&la![&la!m&la%z&la~O!]+YO&n+[O![!nX~O![+^O~O{(kO![+_O~O{(kO![+_O!m+`O~OV&OOopOvqO{%hq!x%hq#g%hq%[%hq%_%hq%z%hq~P'vOz$ri{$ri!x$ri#g$ri%[$ri%_$ri%z$ri~P%SOV&OOopOvqO~P'vOV&OOo0cOv0qO#g%ha%[%ha%_%ha%z%ha~P'vOz+aO#g%ha%[%ha%_%ha%z%ha~Oz$ia#g$ia%[$ia%_$ian$ia~P%SO#g&Pi%[&Pi%_&Pin&Pi~P'vOz+dO#g#Wq%[#Wq%_#Wq~O#[+eOz$va#g$va%[$va%_$vag$va~O%uWO#g&ri%[&ri%_&rig&ri~Oz+gO#g&ri%[&ri%_&rig&ri~OV+iOh$WO%uWO~O%uWO#g&ti%[&ti%_&ti~Oo0cOv0qO#g&pi%[&pi%_&pi{&pi~P'vO{#{Oz#eX!W#eX~Oz+mO!W&uX~O!W+oO~Ot+rO#j)gOP#hqV#hqf#hqh#hqo#hqs#hqv#hq!P#hq!Q#hq!T#hq!U#hq!X#hq!]#hq!h#hq!r#hq!s#hq!t#hq!{#hq!}#hq#P#hq#R#hq#T#hq#X#hq#Z#hq#^#hq#_#hq#a#hq#c#hq#l#hq#o#hq#s#hq#u#hq#z#hq#}#hq$P#hq%X#hq%o#hq%p#hq%t#hq%u#hq&Z#hq&[#hq&]#hq&^#hq&_#hq&`#hq&a#hq&b#hq&c#hq&d#hq&e#hq&f#hq&g#hq&h#hq&i#hq&j#hq%Z#hq%_#hq~On$|az$|a~P%SOV)kOn&wi~P'vOz+yOn&wi~Oz,TO{$jO#[,TO~O#q,VOP#nqV#nqf#nqh#nqo#nqs#nqv#nq!P#nq!Q#nq!T#nq!U#nq!X#nq!]#nq!h#nq!r#nq!s#nq!t#nq!{#nq!}#nq#P#nq#R#nq#T#nq#X#nq#Z#nq#^#nq#_#nq#a#nq#c#nq#l#nq#o#nq#s#nq#u#nq#z#nq#}#nq$P#nq%X#nq%o#nq%p#nq%t#nq%u#nq&Z#nq&[#nq&]#nq&^#nq&_#nq&`#nq&a#nq&b#nq&c#nq&d#nq&e#nq&f#nq&g#nq&h#nq&i#nq&j#nq%Z#nq%_#nq~O#[,WOz%Oa{%Oa~Oo0cOv0qO{&xi~P'vOz,YO{&xi~O{#{O%z,[Og&zXz&zX~O%uWOg&zXz&zX~Oz,`Og&yX~Og,bO~O%Y,eO~O!T%dO!U%cOg&Viz&Vi~OV$}Oa$}Oo0cOv0qOg&Ui~P'vO{,hOz$la!W$la~Oo0cOv0qO{,iOz$la!W$la~P'vOo0cOv0qO{*gO!W&Xi~P'vOz,lO!W&Xi~Oo0cOv0qOz,lO!W&Xi~P'vOz,lO{,oO!W&Xi~Og$hiz$hi!W$hi~P%SOV'|Oo0cOv0qO~P'vOn,qO~OV'|Og,rOo0cOv0qO~P'vOV'|Oo0cOv0qO!W&Sq~P'vOz$gi![$gi#g$gi%[$gi%_$gig$gi{$gi!m$gi%z$gi~P%SOV(]Oo0cOv0qO~P'vOa+QOo0cOv0qO![&Tq~P'vOz,sO![&Tq~O![,tO~OV(]Oo0cOv0qO![%}q#g%}q%[%}q%_%}qg%}q{%}q!m%}q%z%}q~P'vO{,uO~OV+UOo0cOv0qO{&li![&li!m&li%z&li~P'vOz,zO{&li![&li!m&li%z&li~O!]+YO&n+[O![!na~O{(kO![,}O~OV&OOo0cOv0qO#g%hi%[%hi%_%hi%z%hi~P'vOz-OO#g%hi%[%hi%_%hi%z%hi~O%uWO#g&rq%[&rq%_&rqg&rq~Oz-RO#g&rq%[&rq%_&rqg&rq~OV)`Oa)`O%uWO!W&ua~Oz-TO!W&ua~On$|iz$|i~P%SOV)kO~P'vOV)kOn&wq~P'vOt-XOP#myV#myf#myh#myo#mys#myv#my!P#my!Q#my!T#my!U#my!X#my!]#my!h#my!r#my!s#my!t#my!{#my!}#my#P#my#R#my#T#my#X#my#Z#my#^#my#_#my#a#my#c#my#l#my#o#my#s#my#u#my#z#my#}#my$P#my%X#my%o#my%p#my%t#my%u#my&Z#my&[#my&]#my&^#my&_#my&`#my&a#my&b#my&c#my&d#my&e#my&f#my&g#my&h#my&i#my&j#my%Z#my%_#my~O%Z-]O%_-]O~P`O#q-^OP#nyV#nyf#nyh#nyo#nys#nyv#ny!P#ny!Q#ny!T#ny!U#ny!X#ny!]#ny!h#ny!r#ny!s#ny!t#ny!{#ny!}#ny#P#ny#R#ny#T#ny#X#ny#Z#ny#^#ny#_#ny#a#ny#c#ny#l#ny#o#ny#s#ny#u#ny#z#ny#}#ny$P#ny%X#ny%o#ny%p#ny%t#ny%u#ny&Z#ny&[#ny&]#ny&^#ny&_#ny&`#ny&a#ny&b#ny&c#ny&d#ny&e#ny&f#ny&g#ny&h#ny&i#ny&j#ny%Z#ny%_#ny~Oz-aO{$jO#[-aO~Oo0cOv0qO{&xq~P'vOz-dO{&xq~O%z,[Og&zaz&za~O{#{Og&zaz&za~OV*SOa*TO%q*UO%uWOg&ya~Oz-hOg&ya~O$S-lO~OV$}Oa$}Oo0cOv0qO~P'vOo0cOv0qO{-mOz$li!W$li~P'vOo0cOv0qOz$li!W$li~P'vO{-mOz$li!W$li~Oo0cOv0qO{*gO~P'vOo0cOv0qO{*gO!W&Xq~P'vOz-pO!W&Xq~Oo0cOv0qOz-pO!W&Xq~P'vOs-sO!T%dO!U%cOg&Oq!W&Oq![&Oqz&Oq~P!/jOa+QOo0cOv0qO![&Ty~P'vOz$ji![$ji~P%SOa+QOo0cOv0qO~P'vOV+UOo0cOv0qO~P'vOV+UOo0cOv0qO{&lq![&lq!m&lq%z&lq~P'vO{(kO![-xO!m-yO%z-wO~OV&OOo0cOv0qO#g%hq%[%hq%_%hq%z%hq~P'vO%uWO#g&ry%[&ry%_&ryg&ry~OV)`Oa)`O%uWO!W&ui~Ot-}OP#m!RV#m!Rf#m!Rh#m!Ro#m!Rs#m!Rv#m!R!P#m!R!Q#m!R!T#m!R!U#m!R!X#m!R!]#m!R!h#m!R!r#m!R!s#m!R!t#m!R!{#m!R!}#m!R#P#m!R#R#m!R#T#m!R#X#m!R#Z#m!R#^#m!R#_#m!R#a#m!R#c#m!R#l#m!R#o#m!R#s#m!R#u#m!R#z#m!R#}#m!R$P#m!R%X#m!R%o#m!R%p#m!R%t#m!R%u#m!R&Z#m!R&[#m!R&]#m!R&^#m!R&_#m!R&`#m!R&a#m!R&b#m!R&c#m!R&d#m!R&e#m!R&f#m!R&g#m!R&h#m!R&i#m!R&j#m!R%Z#m!R%_#m!R~Oo0cOv0qO{&xy~P'vOV*SOa*TO%q*UO%uWOg&yi~O$S-lO%Z.VO%_.VO~OV.aOh._O!X.^O!].`O!h.YO!s.[O!t.[O%p.XO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O~Oo0cOv0qOz$lq!W$lq~P'vO{.fOz$lq!W$lq~Oo0cOv0qO{*gO!W&Xy~P'vOz.gO!W&Xy~Oo0cOv.kO~P'vOs-sO!T%dO!U%cOg&Oy!W&Oy![&Oyz&Oy~P!/jO{(kO![.nO~O{(kO![.nO!m.oO~OV*SOa*TO%q*UO%uWO~Oh.tO!f.rOz$TX#[$TX%j$TXg$TX~Os$TX{$TX!W$TX![$TX~P$-bO%o.vO%p.vOs$UXz$UX{$UX#[$UX%j$UX!W$UXg$UX![$UX~O!h.xO~Oz.|O#[/OO%j.yOs&|X{&|X!W&|Xg&|X~Oa/RO~P$)zOh.tOs&}Xz&}X{&}X#[&}X%j&}X!W&}Xg&}X![&}X~Os/VO{$jO~Oo0cOv0qOz$ly!W$ly~P'vOo0cOv0qO{*gO!W&X!R~P'vOz/ZO!W&X!R~Og&RXs&RX!T&RX!U&RX!W&RX![&RXz&RX~P!/jOs-sO!T%dO!U%cOg&Qa!W&Qa![&Qaz&Qa~O{(kO![/^O~O!f.rOh$[as$[az$[a{$[a#[$[a%j$[a!W$[ag$[a![$[a~O!h/eO~O%o.vO%p.vOs$Uaz$Ua{$Ua#[$Ua%j$Ua!W$Uag$Ua![$Ua~O%j.yOs$Yaz$Ya{$Ya#[$Ya!W$Yag$Ya![$Ya~Os&|a{&|a!W&|ag&|a~P$)nOz/jOs&|a{&|a!W&|ag&|a~O!W/mO~Og/mO~O{/oO~O![/pO~Oo0cOv0qO{*gO!W&X!Z~P'vO{/sO~O%z/tO~P$-bOz/uO#[/OO%j.yOg'PX~Oz/uOg'PX~Og/wO~O!h/xO~O#[/OOs%Saz%Sa{%Sa%j%Sa!W%Sag%Sa![%Sa~O#[/OO%j.yOs%Waz%Wa{%Wa!W%Wag%Wa~Os&|i{&|i!W&|ig&|i~P$)nOz/zO#[/OO%j.yO!['Oa~Og'Pa~P$)nOz0SOg'Pa~Oa0UO!['Oi~P$)zOz0WO!['Oi~Oz0WO#[/OO%j.yO!['Oi~O#[/OO%j.yOg$biz$bi~O%z0ZO~P$-bO#[/OO%j.yOg%Vaz%Va~Og'Pi~P$)nO{0^O~Oa0UO!['Oq~P$)zOz0`O!['Oq~O#[/OO%j.yOz%Ui![%Ui~Oa0UO~P$)zOa0UO!['Oy~P$)zO#[/OO%j.yOg$ciz$ci~O#[/OO%j.yOz%Uq![%Uq~Oz+aO#g%ha%[%ha%_%ha%z%ha~P%SOV&OOo0cOv0qO~P'vOn0hO~Oo0hO~P'vO{0iO~Ot0jO~P!/jO&]&Z&j&h&i&g&f&d&e&c&b&`&a&_&^&[%u~",
  goto: "!=j'QPPPPPP'RP'Z*s+[+t,_,y-fP.SP'Z.r.r'ZPPP'Z2[PPPPPP2[5PPP5PP7b7k=sPP=v>h>kPP'Z'ZPP>zPP'Z'ZPP'Z'Z'Z'Z'Z?O?w'ZP?zP@QDXGuGyPG|HWH['ZPPPH_Hk'RP'R'RP'RP'RP'RP'RP'R'R'RP'RPP'RPP'RP'RPHqH}IVPI^IdPI^PI^I^PPPI^PKrPK{LVL]KrPI^LfPI^PLmLsPLwM]MzNeLwLwNkNxLwLwLwLw! ^! d! g! l! o! y!!P!!]!!o!!u!#P!#V!#s!#y!$P!$Z!$a!$g!$y!%T!%Z!%a!%k!%q!%w!%}!&T!&Z!&e!&k!&u!&{!'U!'[!'k!'s!'}!(UPPPPPPPPPPP!([!(_!(e!(n!(x!)TPPPPPPPPPPPP!-u!/Z!3^!6oPP!6w!7W!7a!8Y!8P!8c!8i!8l!8o!8r!8z!9jPPPPPPPPPPPPPPPPP!9m!9q!9wP!:]!:a!:m!:v!;S!;j!;m!;p!;v!;|!<S!<VP!<_!<h!=d!=g]eOn#g$j)t,P'}`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r{!cQ#c#p$R$d$p%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g}!dQ#c#p$R$d$p$u%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!P!eQ#c#p$R$d$p$u$v%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!R!fQ#c#p$R$d$p$u$v$w%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!T!gQ#c#p$R$d$p$u$v$w$x%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!V!hQ#c#p$R$d$p$u$v$w$x$y%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!Z!hQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g'}TOTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r&eVOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0r%oXOYZ[dnrxy}!P!Q!U!i!k#[#d#g#y#{#}$Q$h$j$}%S%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#vqQ/[.kR0o0q't`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rh#jhz{$W$Z&l&q)S)X+f+g-RW#rq&].k0qQ$]|Q$a!OQ$n!VQ$o!WW$|!i'm*d,gS&[#s#tQ'S$iQ(s&UQ)U&nU)Y&s)Z+jW)a&w+m-T-{Q*Q']W*R'_,`-h.TQ+l)`S,_*S*TQ-Q+eQ-_,TQ-c,WQ.R-al.W-l.^._.a.z.|/R/j/o/t/y0U0Z0^Q/S.`Q/a.tQ/l/OU0P/u0S0[X0V/z0W0_0`R&Z#r!_!wYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZR%^!vQ!{YQ%x#[Q&d#}Q&g$QR,{+YT.j-s/s!Y!jQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gQ&X#kQ'c$oR*^'dR'l$|Q%V!mR/_.r'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rS#a_#b!P.[-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rT#a_#bT#^^#_R(o%xa(l%x(n(o+`,{-y-z.oT+[(k+]R-z,{Q$PsQ+l)aQ,^*RR-e,_X#}s$O$P&fQ&y$aQ'a$nQ'd$oR)s'SQ)b&wV-S+m-T-{ZgOn$j)t,PXkOn)t,PQ$k!TQ&z$bQ&{$cQ'^$mQ'b$oQ)q'RQ)x'WQ){'XQ)|'YQ*Z'`S*]'c'dQ+s)gQ+u)hQ+v)iQ+z)oS+|)r*[Q,Q)vQ,R)wS,S)y)zQ,d*^Q-V+rQ-W+tQ-Y+{S-Z+},OQ-`,UQ-b,VQ-|-XQ.O-[Q.P-^Q.Q-_Q.p-}Q.q.RQ/W.dR/r/XWkOn)t,PR#mjQ'`$nS)r'S'aR,O)sQ,]*RR-f,^Q*['`Q+})rR-[,OZiOjn)t,PQ'f$pR*`'gT-j,e-ku.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^t.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^Q/S.`X0V/z0W0_0`!P.Z-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`Q.w.YR/f.xg.z.].{/b/i/n/|0O0Q0]0a0bu.b-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^X.u.W.b/a0PR/c.tV0R/u0S0[R/X.dQnOS#on,PR,P)tQ&^#uR(x&^S%m#R#wS(_%m(bT(b%p&`Q%a!yQ%h!}W(P%a%h(U(YQ(U%eR(Y%jQ&i$RR)O&iQ(e%qQ*{(`T+R(e*{Q'n%OR*e'nS'q%R%SY*i'q*j,m-q.hU*j'r's'tU,m*k*l*mS-q,n,oR.h-rQ#Y]R%t#YQ#_^R%y#_Q(h%vS+W(h+XR+X(iQ+](kR,|+]Q#b_R%{#bQ#ebQ%}#cW&Q#e%}({+bQ({&cR+b0gQ$OsS&e$O&fR&f$PQ&v$_R)_&vQ&V#jR(t&VQ&m$VS)T&m+hR+h)UQ$Z{R&p$ZQ&t$]R)[&tQ+n)bR-U+nQ#hfR&S#hQ)f&zR+q)fQ&}$dS)m&})nR)n'OQ'V$kR)u'VQ'[$lS*P'[,ZR,Z*QQ,a*VR-i,aWjOn)t,PR#ljQ-k,eR.U-kd.{.]/b/i/n/|0O0Q0]0a0bR/h.{U.s.W/a0PR/`.sQ/{/nS0X/{0YR0Y/|S/v/b/cR0T/vQ.}.]R/k.}R!ZPXmOn)t,PWlOn)t,PR'T$jYfOn$j)t,PR&R#g[sOn#g$j)t,PR&d#}&dQOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0rQ!nTQ#caQ#poU$Rt%c(SS$d!R$gQ$p!XQ$u!cQ$v!dQ$w!eQ$x!fQ$y!gQ$z!hQ%e!zQ%j#OQ%p#SQ%q#TQ&`#xQ'O$eQ'g$qQ(q&OU(|&h(}+cW)j&|)l+x+yQ*o'|Q*x(]Q+w)kQ,v+QR0g0lQ!yYQ!}ZQ$b!PQ$c!QQ%R!kQ't%S^'{%`%g(O(W*q*t*v^*f'p*h,k,l-p.g/ZQ*l'rQ*m'sQ+t)gQ,j*gQ,n*kQ-n,hQ-o,iQ-r,oQ.e-mR/Y.f[bOn#g$j)t,P!^!vYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZQ#R[Q#fdS#wrxQ$UyW$_}$Q'P)pS$l!U$hW${!i'm*d,gS%v#[+Y`&P#d%|(p(r(z+a-O0kQ&a#yQ&b#{Q&c#}Q'j$}Q'z%^W([%l(^*y*}Q(`%nQ(i%wQ(v&ZS(y&_0iQ)P&jQ)Q&kU)]&u)^+kQ)d&xQ)y'WY)}'Z*O,X,Y-dQ*b'lS*n'w0jW+P(d*z,s,wW+T(g+V,y,zQ+p)eQ,U)zQ,c*YQ,x+UQ-P+dQ-e,]Q-v,uQ.S-fR/q/VhUOn#d#g$j%|&_'w(p(r)t,P%U!uYZ[drxy}!P!Q!U!i!k#[#y#{#}$Q$h$}%S%^%`%g%l%n%w&Z&j&k&u&x'P'W'Z'l'm'p'r's(O(W(^(d(g(z)^)e)g)p)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#qpW%W!o!s0d0nQ%X!pQ%Y!qQ%[!tQ%f0cS'v%Z0hQ'x0eQ'y0fQ,p*rQ-u,qS.i-s/sR0p0rU#uq.k0qR(w&][cOn#g$j)t,PZ!xY#[#}$Q+YQ#W[Q#zrR$TxQ%b!yQ%i!}Q%o#RQ'j${Q(V%eQ(Z%jQ(c%pQ(f%qQ*|(`Q,f*bQ-t,pQ.m-uR/].lQ$StQ(R%cR*s(SQ.l-sR/}/sR#QZR#V[R%Q!iQ%O!iV*c'm*d,g!Z!lQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gR%T!kT#]^#_Q%x#[R,{+YQ(m%xS+_(n(oQ,}+`Q-x,{S.n-y-zR/^.oT+Z(k+]Q$`}Q&g$QQ)o'PR+{)pQ$XzQ)W&qR+i)XQ$XzQ&o$WQ)W&qR+i)XQ#khW$Vz$W&q)XQ$[{Q&r$ZZ)R&l)S+f+g-RR$^|R)c&wXlOn)t,PQ$f!RR'Q$gQ$m!UR'R$hR*X'_Q*V'_V-g,`-h.TQ.d-lQ/P.^R/Q._U.]-l.^._Q/U.aQ/b.tQ/g.zU/i.|/j/yQ/n/RQ/|/oQ0O/tU0Q/u0S0[Q0]0UQ0a0ZR0b0^R/T.`R/d.t",
  nodeNames: "⚠ print Escape { Comment Script AssignStatement * BinaryExpression BitOp BitOp BitOp BitOp ArithOp ArithOp @ ArithOp ** UnaryExpression ArithOp BitOp AwaitExpression await ) ( ParenthesizedExpression BinaryExpression or and CompareOp in not is UnaryExpression ConditionalExpression if else LambdaExpression lambda ParamList VariableName AssignOp , : NamedExpression AssignOp YieldExpression yield from TupleExpression ComprehensionExpression async for LambdaExpression ] [ ArrayExpression ArrayComprehensionExpression } { DictionaryExpression DictionaryComprehensionExpression SetExpression SetComprehensionExpression CallExpression ArgList AssignOp MemberExpression . PropertyName Number String FormatString FormatReplacement FormatSelfDoc FormatConversion FormatSpec FormatReplacement FormatSelfDoc ContinuedString Ellipsis None Boolean TypeDef AssignOp UpdateStatement UpdateOp ExpressionStatement DeleteStatement del PassStatement pass BreakStatement break ContinueStatement continue ReturnStatement return YieldStatement PrintStatement RaiseStatement raise ImportStatement import as ScopeStatement global nonlocal AssertStatement assert TypeDefinition type TypeParamList TypeParam StatementGroup ; IfStatement Body elif WhileStatement while ForStatement TryStatement try except finally WithStatement with FunctionDefinition def ParamList AssignOp TypeDef ClassDefinition class DecoratedStatement Decorator At MatchStatement match MatchBody MatchClause case CapturePattern LiteralPattern ArithOp ArithOp AsPattern OrPattern LogicOp AttributePattern SequencePattern MappingPattern StarPattern ClassPattern PatternArgList KeywordPattern KeywordPattern Guard",
  maxTerm: 277,
  context: trackIndent,
  nodeProps: [
    ["isolate", -5,4,71,72,73,77,""],
    ["group", -15,6,85,87,88,90,92,94,96,98,99,100,102,105,108,110,"Statement Statement",-22,8,18,21,25,40,49,50,56,57,60,61,62,63,64,67,70,71,72,79,80,81,82,"Expression",-10,114,116,119,121,122,126,128,133,135,138,"Statement",-9,143,144,147,148,150,151,152,153,154,"Pattern"],
    ["openedBy", 23,"(",54,"[",58,"{"],
    ["closedBy", 24,")",55,"]",59,"}"]
  ],
  propSources: [pythonHighlighting],
  skippedNodes: [0,4],
  repeatNodeCount: 34,
  tokenData: "!2|~R!`OX%TXY%oY[%T[]%o]p%Tpq%oqr'ars)Yst*xtu%Tuv,dvw-hwx.Uxy/tyz0[z{0r{|2S|}2p}!O3W!O!P4_!P!Q:Z!Q!R;k!R![>_![!]Do!]!^Es!^!_FZ!_!`Gk!`!aHX!a!b%T!b!cIf!c!dJU!d!eK^!e!hJU!h!i!#f!i!tJU!t!u!,|!u!wJU!w!x!.t!x!}JU!}#O!0S#O#P&o#P#Q!0j#Q#R!1Q#R#SJU#S#T%T#T#UJU#U#VK^#V#YJU#Y#Z!#f#Z#fJU#f#g!,|#g#iJU#i#j!.t#j#oJU#o#p!1n#p#q!1s#q#r!2a#r#s!2f#s$g%T$g;'SJU;'S;=`KW<%lOJU`%YT&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T`%lP;=`<%l%To%v]&n`%c_OX%TXY%oY[%T[]%o]p%Tpq%oq#O%T#O#P&o#P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To&tX&n`OY%TYZ%oZ]%T]^%o^#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc'f[&n`O!_%T!_!`([!`#T%T#T#U(r#U#f%T#f#g(r#g#h(r#h#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(cTmR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(yT!mR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk)aV&n`&[ZOr%Trs)vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk){V&n`Or%Trs*bs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk*iT&n`&^ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To+PZS_&n`OY*xYZ%TZ]*x]^%T^#o*x#o#p+r#p#q*x#q#r+r#r;'S*x;'S;=`,^<%lO*x_+wTS_OY+rZ]+r^;'S+r;'S;=`,W<%lO+r_,ZP;=`<%l+ro,aP;=`<%l*xj,kV%rQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-XT!xY&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-oV%lQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.]V&n`&ZZOw%Twx.rx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.wV&n`Ow%Twx/^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/eT&n`&]ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/{ThZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc0cTgR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk0yXVZ&n`Oz%Tz{1f{!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk1mVaR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk2ZV%oZ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc2wTzR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To3_W%pZ&n`O!_%T!_!`-Q!`!a3w!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Td4OT&{S&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk4fX!fQ&n`O!O%T!O!P5R!P!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5WV&n`O!O%T!O!P5m!P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5tT!rZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti6[a!hX&n`O!Q%T!Q![6T![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S6T#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti7fZ&n`O{%T{|8X|}%T}!O8X!O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8^V&n`O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8z]!hX&n`O!Q%T!Q![8s![!l%T!l!m9s!m#R%T#R#S8s#S#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti9zT!hX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk:bX%qR&n`O!P%T!P!Q:}!Q!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj;UV%sQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti;ro!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!d%T!d!e?q!e!g%T!g!h7a!h!l%T!l!m9s!m!q%T!q!rA]!r!z%T!z!{Bq!{#R%T#R#S>_#S#U%T#U#V?q#V#X%T#X#Y7a#Y#^%T#^#_9s#_#c%T#c#dA]#d#l%T#l#mBq#m#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti=xV&n`O!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti>fc!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S>_#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti?vY&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti@mY!hX&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiAbX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBUX!hX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBv]&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiCv]!hX&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToDvV{_&n`O!_%T!_!`E]!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TcEdT%{R&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkEzT#gZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkFbXmR&n`O!^%T!^!_F}!_!`([!`!a([!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjGUV%mQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkGrV%zZ&n`O!_%T!_!`([!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkH`WmR&n`O!_%T!_!`([!`!aHx!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjIPV%nQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkIoV_Q#}P&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToJ_]&n`&YS%uZO!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoKZP;=`<%lJUoKge&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!tJU!t!uLx!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#gLx#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoMRa&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUkN_V&n`&`ZOr%TrsNts#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkNyV&n`Or%Trs! `s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! gT&n`&bZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! }V&n`&_ZOw%Twx!!dx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!!iV&n`Ow%Twx!#Ox#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!#VT&n`&aZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!#oe&n`&YS%uZOr%Trs!%Qsw%Twx!&px!Q%T!Q![JU![!c%T!c!tJU!t!u!(`!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#g!(`#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!%XV&n`&dZOr%Trs!%ns#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!%sV&n`Or%Trs!&Ys#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&aT&n`&fZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&wV&n`&cZOw%Twx!'^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!'cV&n`Ow%Twx!'xx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!(PT&n`&eZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!(ia&n`&YS%uZOr%Trs!)nsw%Twx!+^x!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!)uV&n`&hZOr%Trs!*[s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*aV&n`Or%Trs!*vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*}T&n`&jZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!+eV&n`&gZOw%Twx!+zx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,PV&n`Ow%Twx!,fx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,mT&n`&iZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!-Vi&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!dJU!d!eLx!e!hJU!h!i!(`!i!}JU!}#R%T#R#SJU#S#T%T#T#UJU#U#VLx#V#YJU#Y#Z!(`#Z#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUo!.}a&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!0ZT!XZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc!0qT!WR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj!1XV%kQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!1sO!]~k!1zV%jR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!2fO![~i!2mT%tX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T",
  tokenizers: [legacyPrint, indentation, newlines, strings, 0, 1, 2, 3, 4],
  topRules: {"Script":[0,5]},
  specialized: [{term: 221, get: (value) => spec_identifier[value] || -1}],
  tokenPrec: 7668
});




/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/core/inputs/errors.ts
var errors = __nccwpck_require__(5434);
// EXTERNAL MODULE: ./src/core/report/log-text.ts
var log_text = __nccwpck_require__(534);
;// CONCATENATED MODULE: ./src/core/report/findings.ts
// A finding is one thing the user should know or fix, with where it is when that applies.
const RANK = { error: 0, warning: 1, notice: 2 };
function byLevel(findings) {
    return [...findings].sort((a, b) => RANK[a.level] - RANK[b.level]);
}
function count(findings, level) {
    return findings.filter((f) => f.level === level).length;
}
/** Whether the findings fail the run under the user's `fail-on` setting. */
function failsRun(findings, failOn) {
    if (failOn === "never")
        return false;
    return findings.some((f) => f.level === "error" || (failOn === "warning" && f.level === "warning"));
}

// EXTERNAL MODULE: ./src/core/report/words.ts
var words = __nccwpck_require__(2055);
// EXTERNAL MODULE: ./src/core/command/command.ts
var command = __nccwpck_require__(6240);
;// CONCATENATED MODULE: ./src/core/inputs/input-values.ts
// Validators for single input values, shared by every input: each error names the input, the
// value (never a secret's) and what is allowed.

/** GitHub's tokens (ghp_, ghs_, github_pat_, v1.<hex>) use these characters only. */
function parseEndpoint(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (!url || url.protocol !== "https:" || url.search || url.hash) {
        throw new errors/* InputError */.dz("arm-endpoint", value, "use an https:// URL such as https://management.azure.com");
    }
    return url.origin;
}
function integer(name, value, min, max) {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new errors/* InputError */.dz(name, value, `use a whole number from ${min} to ${max}`);
    }
    return Number(value);
}
function oneOf(name, value, allowed) {
    const lower = value.toLowerCase();
    const match = allowed.find((a) => a === lower);
    if (match === undefined)
        throw new errors/* InputError */.dz(name, value, `must be one of ${allowed.join(", ")}`);
    return match;
}
/** GitHub's tokens (ghp_, ghs_, github_pat_, v1.<hex>) use these characters only. */
const TOKEN = /^[A-Za-z0-9_.-]{1,1024}$/;
function parseToken(value) {
    if (value === "" || TOKEN.test(value))
        return value;
    const problem = /[\r\n]/.test(value)
        ? "it contains a line break"
        : value.length > 1024
            ? `it is ${value.length} characters long`
            : "it contains characters no GitHub token has";
    throw new errors/* SecretInputError */.Hg("github-token", problem, "leave it at its default, ${{ github.token }}, or pass a secret that holds one token");
}

;// CONCATENATED MODULE: ./src/core/site/health-inputs.ts
// The inputs of the health check after a write: how long to wait, where the site answers, and
// which path says it is healthy. Defaults come from the site itself (its host name and
// healthCheckPath), read by the Azure edge.


/** App Service gives a container 230 s to start (WEBSITES_CONTAINER_START_TIME_LIMIT). */
const DEFAULT_HEALTH_TIMEOUT = "300";
const PATH = /^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,255}$/;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
function parseHealth(get) {
    const path = get("health-path");
    if (path !== "" && !PATH.test(path)) {
        throw new errors/* InputError */.dz("health-path", path, "use a path that starts with / (e.g. /healthz)");
    }
    return {
        timeoutSeconds: integer("health-timeout", get("health-timeout"), 0, 1800),
        siteUrl: parseSiteUrl(get("site-url")),
        path: path || undefined,
    };
}
function parseSiteUrl(value) {
    if (value === "")
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    // Plain http only where it never leaves the machine (a local stand-in or a tunnel).
    const secure = url?.protocol === "https:" || (url?.protocol === "http:" && LOOPBACK.has(url.hostname));
    if (!url || !secure || url.search || url.hash || url.pathname !== "/") {
        throw new errors/* InputError */.dz("site-url", value, "use the site's https:// address without a path, e.g. https://shop.azurewebsites.net");
    }
    return url.origin;
}

;// CONCATENATED MODULE: ./src/core/inputs/input-names.ts
// The action's input names and defaults, in the order action.yml lists them; the CLI's flags
// are the same names.

/** Defaults for inputs that have one; action.yml carries the same (a test keeps them equal). */
const DEFAULTS = {
    "app-module": "auto",
    "io-profile": "auto",
    "working-directory": ".",
    port: "8000",
    "worker-memory-mb": "auto",
    "metrics-window": "P7D",
    "apps-on-plan": "1",
    "allow-multiple-workers": "false",
    "rollback-on-regression": "false",
    mode: "output",
    "fail-on": "error",
    "comment-on": "always",
    "dry-run": "false",
    "arm-endpoint": "https://management.azure.com",
    "health-timeout": DEFAULT_HEALTH_TIMEOUT,
};
/** Inputs that shape the report: the action's and the CLI's flags alike. */
const REPORT_INPUTS = [
    "plan",
    "cores",
    "memory-mb",
    "app-module",
    "io-profile",
    "io-wait-ratio",
    "working-directory",
    "port",
    "timeout",
    "worker-memory-mb",
    "apps-on-plan",
    "max-connections",
    "allow-multiple-workers",
    "fail-on",
];
/** Inputs that deliver the report (PR comment, Azure), in the order action.yml lists them. */
const DELIVERY_INPUTS = [
    "mode",
    "github-token",
    "comment-on",
    "app-name",
    "resource-group-name",
    "subscription-id",
    "slot-name",
    "dry-run",
    "metrics-window",
    "arm-endpoint",
    "client-id",
    "tenant-id",
    "health-timeout",
    "site-url",
    "health-path",
    "rollback-on-regression",
];
/** Every input name the action accepts, in the order action.yml lists them. */
const INPUT_NAMES = [...REPORT_INPUTS, ...DELIVERY_INPUTS];
/** What only a workflow can give: the PR comment's token and the job's OIDC sign-in. */
const WORKFLOW_ONLY = ["github-token", "comment-on", "client-id", "tenant-id"];
/** The delivery inputs a terminal takes too: reading and writing the site, not commenting. */
const CLI_AZURE_INPUTS = DELIVERY_INPUTS.filter((name) => !WORKFLOW_ONLY.includes(name));
/** The CLI's flags: the action's inputs, less those only a workflow can give. */
const CLI_INPUTS = [...REPORT_INPUTS, ...CLI_AZURE_INPUTS];

// EXTERNAL MODULE: ./src/core/sizing/plans.ts
var plans = __nccwpck_require__(4154);
// EXTERNAL MODULE: ./src/core/site/metrics-window.ts
var metrics_window = __nccwpck_require__(7855);
;// CONCATENATED MODULE: ./src/core/sizing/evidence.ts
// Where each reason's evidence lives: a section of the repository's docs, linked from the
// report at the version that ran. The numbers are there, not in the reasons.
const CHOSEN = "docs/how-the-numbers-are-chosen.md";
const EVIDENCE = {
    presets: `${CHOSEN}#presets`,
    largerPlans: `${CHOSEN}#larger-plans`,
    exactShare: `${CHOSEN}#the-exact-share`,
    eventLoop: `${CHOSEN}#event-loop-workers`,
    connectionCap: `${CHOSEN}#the-connection-cap`,
    connections: `${CHOSEN}#connections`,
    memory: `${CHOSEN}#memory`,
    timeout: `${CHOSEN}#timeout`,
    oneProcess: "docs/multiple-workers.md",
};
/** A reason's sentences: a stop, then a space and a capital (or code) that starts the next. */
function sentences(text) {
    return text.split(/(?<=[.!?])\s+(?=[A-Z`])/);
}
/** A user reads one or two sentences: the first two of a text that grew longer. */
function twoSentences(text) {
    return sentences(text).slice(0, 2).join(" ");
}
/** The first sentence of a reason, for one that another constraint overrides. */
function firstSentence(text) {
    return sentences(text)[0];
}

;// CONCATENATED MODULE: ./src/core/sizing/memory-budget.ts

/** Measured: a gunicorn master with a Flask app is about 27 MB RSS. */
const MASTER_MEMORY_MB = 30;
/**
 * Budget per extra thread for its stack and a request's buffers. Measured with 512 threads each
 * holding a request: 32 kB per thread (30.1 MB for one worker of 1 thread, 46.5 MB of 512); the
 * budget leaves eight times that for the request and response an app keeps in flight.
 */
const THREAD_MEMORY_MB = 0.25;
/** Share of the plan's memory the app may plan for; the rest is the OS, agents and spikes. */
const MEMORY_HEADROOM = 0.8;
function memoryBudget(input) {
    return (input.memoryMb * MEMORY_HEADROOM) / input.appsOnPlan;
}
function perWorkerMemory(input, threads) {
    return input.workerMemoryMb + (threads - 1) * THREAD_MEMORY_MB;
}
function maxWorkersInMemory(input, threads) {
    return Math.floor((memoryBudget(input) - MASTER_MEMORY_MB) / perWorkerMemory(input, threads));
}
function share(input) {
    return input.appsOnPlan > 1 ? ` (its share of ${input.appsOnPlan} apps on the plan)` : "";
}
function memoryWhy(input, workers, target) {
    return `Memory limits this to ${(0,words/* plural */.L)(workers, "worker")} where the CPU could use ${target}: ${Math.round(memoryBudget(input))} MB budget${share(input)} (${Math.round(MEMORY_HEADROOM * 100)}% of ${input.memoryMb} MB) for a ${MASTER_MEMORY_MB} MB master and ${input.workerMemoryMb} MB per worker (worker-memory-mb).`;
}
function memoryFindings(input, workers, threads, target) {
    if (maxWorkersInMemory(input, threads) < 1) {
        return [
            {
                level: "error",
                message: `Even one worker does not fit: ${MASTER_MEMORY_MB} MB master + ${input.workerMemoryMb} MB worker exceeds the ${Math.round(memoryBudget(input))} MB budget${share(input)}. Choose a plan with more memory or check worker-memory-mb.`,
            },
        ];
    }
    if (workers >= target)
        return [];
    return [
        {
            level: "warning",
            message: `${memoryWhy(input, workers, target)} A plan with more memory would serve more requests at once.`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/core/sizing/presets.ts
// The io-profile presets. A preset stands for a band of real apps, not one wait share, so its
// configuration is the one the benchmark found to hold up best across the whole band: the
// highest worst-case share of the best throughput over workloads spread across the band, with
// CPU bursts from 2 to 30 ms (docs/benchmarks.md, "Preset bands").
const PRESETS = {
    "cpu-bound": {
        band: [0, 0.3],
        nominal: 0.1,
        oneVcpu: { workers: 1, threads: 4 },
        largerPlans: {
            scale: "nominal-share",
            why: "On larger plans processes beat threads with long CPU bursts, so the exact-share rule sizes them at the profile's nominal 10 % waiting.",
        },
    },
    mixed: {
        band: [0.3, 0.85],
        nominal: 0.5,
        oneVcpu: { workers: 3, threads: 4 },
        largerPlans: {
            scale: "per-vcpu",
            why: "Larger plans take it once per vCPU, which measured best on 2 vCPU.",
        },
    },
    "io-bound": {
        band: [0.85, 0.995],
        nominal: 0.95,
        oneVcpu: { workers: 2, threads: 32 },
        largerPlans: {
            scale: "nominal-share",
            why: "Its 1-vCPU configuration did not carry over to 2 vCPU, so the exact-share rule sizes larger plans at the profile's nominal 95 % waiting.",
        },
    },
};
const IO_PROFILES = Object.keys(PRESETS);
/**
 * Threads per worker at most. With seconds-long waits more slots paid up to every user's
 * request in flight: 4 × 256 and 2 × 512 each held 1,024 users waiting 15 s at twice the
 * throughput of any 512 slots, and 512 per worker gained nothing over more workers of 256
 * (docs/benchmarks-long.md). The grammar takes no more than 256 either.
 */
const MAX_THREADS = 256;

;// CONCATENATED MODULE: ./src/core/sizing/accept-spread.ts
/** Requests a gevent worker runs at once, as greenlets (gunicorn's worker_connections default). */
const GEVENT_CONNECTIONS = 1000;
/** The connections each worker may hold, or undefined where gunicorn's default is right. */
function workerConnectionsFor(workers, threads, workerClass) {
    // gevent's greenlets per worker: gunicorn's default, stated so no config file changes it.
    if (workerClass === "gevent" || workerClass === "eventlet")
        return GEVENT_CONNECTIONS;
    // One worker has nobody to share with, and keep-alive saves it a connect per request.
    return workerClass === "gthread" && workers > 1 ? threads : undefined;
}
/**
 * The reason, in words, for the report; what the cap measured is in
 * docs/how-the-numbers-are-chosen.md#the-connection-cap.
 */
function spreadWhy(workers, threads) {
    return `More than one thread per worker needs gunicorn's threaded worker (gthread), and each of the ${workers} workers takes at most ${threads} connections with keep-alive off (--worker-connections ${threads} --keep-alive 0). Otherwise one worker accepts up to 1000 connections and queues their requests while the others idle.`;
}

;// CONCATENATED MODULE: ./src/core/sizing/load-capacity.ts

function loadFindings(input, held, wanted) {
    if (wanted === 0 || held >= wanted || input.peakInFlight === undefined)
        return [];
    const scale = Math.ceil((wanted / held) * 10) / 10;
    const instances = input.peakInstances
        ? `${Math.ceil(input.peakInstances * (wanted / held))} instances instead of the ${input.peakInstances} that served the peak`
        : `${scale}× the instances the site had at its peak`;
    return [
        {
            level: "warning",
            message: `At the measured peak about ${input.peakInFlight.toFixed(0)} requests are in flight on each instance, ${wanted} with room for their bursts, and this command holds ${held}. To hold them: ${instances}, or gevent workers (${GEVENT_CONNECTIONS.toLocaleString("en")} waiting requests each) if the app's libraries work patched, or async handlers on an ASGI server.`,
        },
    ];
}
/**
 * Seconds-long waits on threads: gevent holds more where the core saturates (no GIL handoffs
 * between hundreds of threads), but only an app that lists it and whose libraries it can patch
 * may run it, so it is advice, not the command.
 */
function geventAdvice(longWaits) {
    if (!longWaits)
        return [];
    return [
        {
            level: "notice",
            message: "Requests here wait seconds for milliseconds of CPU. Where one core was saturated by such requests, one gevent worker served more than any number of threads (docs/benchmarks-long.md); if the app's libraries work under gevent's patching, list gevent in requirements.txt and start with `--worker-class gevent`.",
        },
    ];
}

;// CONCATENATED MODULE: ./src/core/sizing/slots.ts
// How many requests one instance should hold at once (workers × threads), from the wait share
// and, when measured, the peak load. Measurements: docs/how-the-numbers-are-chosen.md#long-waits.
/**
 * Threads in all, as a multiple of the requests in flight that keep the cores busy. With the
 * connection cap every thread takes a request, so threads beyond the need all compute at once.
 * Measured on 1 vCPU against threads for the whole need in every worker, same interleaved rounds
 * (the run published with commit 488c7f6, whole runs counted): 85% waiting, 30 ms bursts: 6 × 3
 * 0.97 of the best, 6 × 7 0.84; 95%, 5 ms: 6 × 7 1.00, 6 × 20 0.92; 95%, 2 ms: 0.67 and 0.48;
 * 95%, 30 ms: 0.95 and 0.97. On 2 vCPU at 83%: 10 × 3 1.00, 10 × 12 0.89. Counted after each
 * run's start (docs/benchmarks.md), the 30 ms case is a tail, not a throughput, cost: 6 × 3 held
 * 0.96 of the best and 6 × 8 0.95, with p99 2.4 s against 3.5 s.
 */
const THREADS_PER_NEEDED = 2;
/** Twice the need was measured with 64 clients on one core: up to this many slots per core. */
const MEASURED_SLOTS_PER_CORE = 128;
/**
 * Beyond that, the share of the nominal need that really keeps a core busy. gunicorn and the
 * framework add about 1 ms of CPU to every request, which the app's own share leaves out: with
 * 3 ms of app CPU one core saturated at 251 requests/s, not 333, and admitting more than that
 * only made the threads contend (1,024 in flight: 0.4 of the best).
 */
const LONG_WAIT_NEED_FACTOR = 0.75;
/**
 * Slots for the wait share alone: twice the need, or at long waits (past what the 64-client
 * benchmark measured) its busy part with room for bursts.
 */
function slotsForShare(cores, needed) {
    const twice = THREADS_PER_NEEDED * needed;
    if (twice <= MEASURED_SLOTS_PER_CORE * cores)
        return { slots: twice, longWaits: false };
    const busy = withBursts(LONG_WAIT_NEED_FACTOR * needed);
    return { slots: Math.max(MEASURED_SLOTS_PER_CORE * cores, busy), longWaits: true };
}
/**
 * Slots for a measured peak of `inFlight` requests on one instance: the peak is an interval's
 * average, and arrivals within it bunch; three standard deviations of a Poisson count cover all
 * but about one interval in a thousand.
 */
function slotsForLoad(inFlight) {
    if (inFlight === undefined || !(inFlight > 0))
        return 0;
    return withBursts(inFlight);
}
/** `n` requests in flight on average, and three Poisson deviations for their bursts. */
function withBursts(n) {
    return Math.ceil(n + 3 * Math.sqrt(n));
}

;// CONCATENATED MODULE: ./src/core/sizing/exact-share.ts
// Sizing for a known wait share. Theory (../shared/GUNICORN-NOTES.md): to keep one core busy
// you need 1 + W/C requests in flight (Goetz, JCiP §8.2), where W/C is the ratio of waiting to
// computing. Python threads in one process take turns on one GIL, so processes come first: they
// carry the load as sync workers whenever memory allows enough of them, and threads only fill
// what processes cannot carry. docs/benchmarks.md holds the measurements behind the constants.








/**
 * Extra processes per core at 100% waiting. At peak load a process's threads queue for its
 * one GIL; more processes move that queue to the OS scheduler, which hands over far cheaper.
 * Measured on one core at 98% waiting: 5-8 workers served 345-383 rps, 3-4 workers 300-315,
 * 2 workers 273-308, with enough threads in each.
 */
const EXTRA_PROCESSES_PER_CORE = 4;
/**
 * The highest wait share taken: a 15 s wait with 5 ms of CPU is 0.9997, so four nines let apps
 * that wait seconds say what they are, while 1 (a request that never computes) needs no core.
 */
const MAX_IO_WAIT_RATIO = 0.9999;
/** Requests in flight that keep one core busy: 1 + W/C = 1 / (1 - wait share). */
function inFlightPerCore(ioWaitRatio) {
    return 1 / (1 - ioWaitRatio);
}
/** One process per core, extra ones as the wait share grows, and a spare. */
function processTarget(input) {
    const { cores } = input;
    const extra = Math.ceil(cores * (1 + EXTRA_PROCESSES_PER_CORE * input.ioWaitRatio) - 1e-9) - cores;
    return { extra, target: Math.min(command/* LIMITS */.b1.workers.max, cores + extra + 1) };
}
function sizeExact(input) {
    const { cores } = input;
    const w = input.ioWaitRatio;
    const perCore = inFlightPerCore(w);
    const needed = Math.ceil(cores * perCore - 1e-9);
    const forLoad = slotsForLoad(input.peakInFlight);
    const forShare = slotsForShare(cores, needed);
    // The peak raises the slots only as far as the cores can serve: admitted beyond that, the
    // requests contend for the GIL and throughput falls (docs/benchmarks-long.md); a warning
    // says what would hold the rest.
    const slots = Math.max(forShare.slots, Math.min(forLoad, withBursts(needed)));
    // Sync workers get the same headroom for the requests that wait: each core's running request
    // and twice its waiting ones (a request that never waits needs no spare process).
    const syncSlots = Math.max(Math.ceil(cores * (1 + THREADS_PER_NEEDED * (perCore - 1)) - 1e-9), forLoad);
    const { extra, target } = processTarget(input);
    const fitting = (threads) => Math.min(target, maxWorkersInMemory(input, threads));
    // Processes beat threads when they can hold the same headroom: no GIL to share.
    const sync = fitting(1) >= syncSlots;
    const { workers, threads } = sync
        ? { workers: Math.max(1, fitting(1)), threads: 1 }
        : threadsFor(slots, target, fitting);
    const pct = (0,words/* waitPercent */.D)(w);
    const head = `${cores} vCPU and ${pct}% of each request spent waiting (${input.ioSource})`;
    const busy = `keep ${cores === 1 ? "the core" : "every core"} busy (1 + wait/compute = ${perCore.toFixed(1)} per core)`;
    const why = sync
        ? "a sync worker holds one request at a time, even while it waits"
        : "threads of one process queue for its GIL at peak";
    const spare = extra > 0 ? `, ${extra} more because ${why}` : "";
    const load = { inFlight: input.peakInFlight, slots: forLoad, forShare: forShare.slots };
    return {
        workers,
        threads,
        workersWhy: workers < target
            ? memoryWhy(input, workers, target)
            : `${head}: ${cores === 1 ? "one process runs" : `${cores} processes run`} Python in parallel (one GIL each)${spare}, and one spare so a core never idles.`,
        evidence: workers < target ? EVIDENCE.memory : EVIDENCE.exactShare,
        threadsWhy: sync
            ? `The ${(0,words/* plural */.L)(workers, "worker")} alone hold the ${(0,words/* plural */.L)(needed, "request")} in flight that ${busy}, with room for twice the waiting ones${loadWords(load)}, and processes beat threads: threads in one process compute one at a time (the GIL) and would only contend.`
            : threadsWhy(needed, busy, workers, threads, load, forShare.longWaits),
        findings: [
            ...memoryFindings(input, workers, threads, target),
            ...loadFindings(input, workers * threads, forLoad),
            ...geventAdvice(!sync && forShare.longWaits),
        ],
    };
}
function loadWords(load) {
    if (load.inFlight === undefined || load.slots === 0)
        return "";
    return ` and the ${load.inFlight.toFixed(0)} in flight at the measured peak with room for its bursts (${load.slots})`;
}
/** Threads so that all workers together hold `slots`; memory may cut the workers. */
function threadsFor(slots, target, fitting) {
    const spread = (workers) => threadsToHold(slots, workers);
    let workers = Math.max(1, fitting(spread(target)));
    // Fewer workers than planned take more threads each, which may cost another worker's memory:
    // shrink until the workers fit with the threads they then get.
    while (workers > 1 && fitting(spread(workers)) < workers) {
        workers = Math.max(1, fitting(spread(workers)));
    }
    return { workers, threads: spread(workers) };
}
/** Threads per worker for `slots` requests in flight over `workers`: 2 to MAX_THREADS. */
function threadsToHold(slots, workers) {
    return Math.min(MAX_THREADS, Math.max(2, Math.ceil(slots / workers)));
}
function threadsWhy(needed, busy, workers, threads, load, longWaits) {
    const total = workers * threads;
    const carry = workers === 1 ? "one worker carries" : `${workers} workers carry`;
    const wanted = Math.max(load.forShare, load.slots);
    const forShare = !longWaits
        ? `${THREADS_PER_NEEDED}× the need`
        : `the ${load.forShare} that keep the core busy once gunicorn's own CPU is counted, with room for bursts`;
    const target = load.slots > load.forShare
        ? `the measured peak's ${load.inFlight.toFixed(0)} in flight with room for its bursts`
        : forShare;
    const share = total >= wanted
        ? `enough for ${target}`
        : `${MAX_THREADS} per worker at most, short of ${target}`;
    return `${needed} requests in flight ${busy}, more than ${carry} alone, so threads make up the rest: ${workers} × ${threads} = ${total}, ${share}. With too few threads a burst of waits idles the core; with many more every thread computes at once and they slow each other.`;
}

;// CONCATENATED MODULE: ./src/core/inputs/inputs.ts
// Every input is read here, once, into one readonly object. The action and the CLI pass their
// own reader (core.getInput or parsed flags) so both get the same validation and messages.










/** Whether this run talks to Azure: to apply, to read the plan, or to show the current command. */
function usesAzure(inputs) {
    const { appName, resourceGroup } = inputs.azure;
    return (inputs.modes.has("apply") ||
        inputs.plan.kind === "auto" ||
        (appName !== "" && resourceGroup !== ""));
}
const MODES = ["output", "comment", "apply"];
const AZURE_NAME = /^[A-Za-z0-9][A-Za-z0-9._()-]{0,89}$/;
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
function parseInputs(read) {
    const get = (name) => read(name).trim() || DEFAULTS[name] || "";
    const io = parseIo(get);
    const modes = parseModes(get("mode"));
    const plan = parsePlan(get);
    return {
        plan,
        appModule: parseAppModule(get("app-module")),
        ioWaitRatio: io.ratio,
        ioSource: io.source,
        ioProfile: io.profile,
        ioAuto: io.auto === true,
        workingDirectory: parseWorkingDirectory(get("working-directory")),
        port: integer("port", get("port"), 1, 65535),
        timeout: get("timeout") === "" ? undefined : integer("timeout", get("timeout"), 1, 3600),
        ...parseWorkerMemory(get("worker-memory-mb")),
        metricsWindow: (0,metrics_window/* parseWindow */.Et)(get("metrics-window")),
        appsOnPlan: integer("apps-on-plan", get("apps-on-plan"), 1, 64),
        maxConnections: get("max-connections") === ""
            ? undefined
            : integer("max-connections", get("max-connections"), 1, 100_000),
        allowMultipleWorkers: flag("allow-multiple-workers", get("allow-multiple-workers")),
        rollbackOnRegression: flag("rollback-on-regression", get("rollback-on-regression")),
        modes,
        failOn: oneOf("fail-on", get("fail-on"), ["error", "warning", "never"]),
        github: {
            // Only comment uses it; local-action passes `${{ github.token }}` through as plain text.
            token: modes.has("comment") ? parseToken(read("github-token").trim()) : "",
            commentOn: oneOf("comment-on", get("comment-on"), ["always", "change"]),
        },
        azure: parseAzure(get, modes.has("apply") || plan.kind === "auto"),
    };
}
function flag(name, value) {
    return oneOf(name, value.toLowerCase(), ["true", "false"]) === "true";
}
function parsePlan(get) {
    const value = get("plan");
    const allowed = `use an App Service SKU (${plans/* PLAN_SKUS */.rx.join(", ")}), custom (with cores and memory-mb) or auto`;
    if (value === "")
        throw new errors/* InputError */.dz("plan", value, `plan is required: ${allowed}`);
    const lower = value.toLowerCase();
    if (lower === "auto")
        return { kind: "auto" };
    if (lower === "custom") {
        const cores = integer("cores", get("cores"), 1, 256);
        const memoryMb = integer("memory-mb", get("memory-mb"), 256, 4_194_304);
        return { kind: "known", resources: { sku: "custom", cores, memoryMb, sharedCpu: false } };
    }
    const plan = (0,plans/* findPlan */.L9)(value);
    if (plan)
        return { kind: "known", resources: plan };
    const close = (0,plans/* closePlans */.Dh)(value);
    const hint = close.length > 0 ? `did you mean ${close.join(", ")}? Or ` : "";
    throw new errors/* InputError */.dz("plan", value, `${hint}${allowed}`);
}
function parseAppModule(value) {
    if (value === "auto")
        return value;
    // `site/proj.wsgi`: the module inside a folder of the app root, which gunicorn changes into.
    const slash = value.lastIndexOf("/");
    const folder = slash < 0 ? undefined : value.slice(0, slash);
    const module = value.slice(slash + 1);
    if ((0,command/* isValidModule */.BO)(module) && (folder === undefined || (0,command/* isValidChdir */.n5)(folder)))
        return value;
    throw new errors/* InputError */.dz("app-module", value, "use auto, module:callable (app:app), module:factory() (app:create_app()) or a dotted module (mysite.wsgi), after a folder when it lives in one (site/proj.wsgi); letters, digits, _ and . only");
}
function parseIo(get) {
    const ratio = get("io-wait-ratio");
    if (ratio !== "") {
        const value = Number(ratio);
        if (!/^(0(\.\d+)?|\.\d+)$/.test(ratio) || !(value >= 0 && value <= MAX_IO_WAIT_RATIO)) {
            throw new errors/* InputError */.dz("io-wait-ratio", ratio, `use a number from 0 to ${MAX_IO_WAIT_RATIO} (the share of a request's time spent waiting on I/O)`);
        }
        return { ratio: value, source: "io-wait-ratio", profile: undefined, auto: false };
    }
    const profile = oneOf("io-profile", get("io-profile"), ["auto", ...IO_PROFILES]);
    // auto: measured from the site when it can be; until then, and as the fallback, mixed.
    const preset = profile === "auto" ? "mixed" : profile;
    return {
        ratio: PRESETS[preset].nominal,
        source: `the ${preset} profile`,
        profile: preset,
        ...(profile === "auto" ? { auto: true } : {}),
    };
}
function parseWorkingDirectory(value) {
    // Read from disk only, never put in the command; a NUL would truncate it.
    if (value.includes("\0"))
        throw new errors/* InputError */.dz("working-directory", value, "use a folder path");
    return value;
}
function parseModes(value) {
    const parts = value
        .split(",")
        .map((m) => m.trim().toLowerCase())
        .filter(Boolean);
    if (parts.length === 0)
        throw new errors/* InputError */.dz("mode", value, `use one or more of ${MODES.join(", ")}`);
    for (const part of parts) {
        if (!MODES.includes(part)) {
            throw new errors/* InputError */.dz("mode", value, `use one or more of ${MODES.join(", ")}, comma-separated`);
        }
    }
    return new Set(parts);
}
function parseAzure(get, needsSite) {
    const optional = (name, pattern, allowed) => {
        const value = get(name);
        if (value !== "" && !pattern.test(value))
            throw new errors/* InputError */.dz(name, value, allowed);
        return value;
    };
    const azure = {
        health: parseHealth(get),
        appName: optional("app-name", AZURE_NAME, "use the web app's name (letters, digits, -)"),
        resourceGroup: optional("resource-group-name", AZURE_NAME, "use a resource group name (letters, digits, . _ - ( ))"),
        subscriptionId: optional("subscription-id", GUID, "use a subscription GUID"),
        slot: optional("slot-name", AZURE_NAME, "use a deployment slot name (letters, digits, -)"),
        dryRun: flag("dry-run", get("dry-run")),
        armEndpoint: parseEndpoint(get("arm-endpoint")),
        clientId: optional("client-id", GUID, "use the client (application) id GUID"),
        tenantId: optional("tenant-id", GUID, "use the tenant id GUID"),
    };
    if (needsSite) {
        for (const [name, value] of [
            ["app-name", azure.appName],
            ["resource-group-name", azure.resourceGroup],
        ]) {
            if (value === "")
                throw new errors/* InputError */.dz(name, "", "mode apply and plan auto need it: the web app to read or configure");
        }
    }
    return azure;
}
/** The fallback when worker-memory-mb is auto and nothing was measured. */
const DEFAULT_WORKER_MEMORY_MB = 150;
function parseWorkerMemory(value) {
    if (value.toLowerCase() === "auto") {
        return { workerMemoryMb: DEFAULT_WORKER_MEMORY_MB, workerMemoryAuto: true };
    }
    return { workerMemoryMb: integer("worker-memory-mb", value, 10, 65536), workerMemoryAuto: false };
}

// EXTERNAL MODULE: ./src/core/sizing/shape.ts
var shape = __nccwpck_require__(7087);
;// CONCATENATED MODULE: ./src/core/report/report.ts
// What the job summary, the PR comment and the terminal show, in one model: the verdict first,
// what blocks, the command and what it changes, then the reasons. Renderers: report-markdown.ts
// (summary and comment) and report-text.ts (terminal).




/** Findings listed in full; the rest are counted (GitHub caps a comment at 65,536 characters). */
const MAX_LISTED_FINDINGS = 50;
function verdict(report) {
    if (!report.command)
        return "no-app";
    return report.findings.some((f) => f.level === "error") ? "blocked" : "ready";
}
function headline(report) {
    const errors = report.findings.filter((f) => f.level === "error").length;
    switch (verdict(report)) {
        case "ready":
            return `${report.title} is ready for App Service`;
        case "blocked":
            return `${report.title}: blocked, fix ${(0,words/* plural */.L)(errors, "error")} first`;
        case "no-app":
            return `${report.title}: no app found`;
    }
}
/** The site's current command, when it is one we can read; the platform default when empty. */
function before(site) {
    if (!site)
        return { label: "App Service default", shape: shape/* PLATFORM_DEFAULT */.WW };
    if (site.current)
        return { label: site.previous ? "now" : "now (App Service default)", shape: site.current };
    if (site.previous === undefined)
        return { label: "now (App Service default)", shape: shape/* PLATFORM_DEFAULT */.WW };
    try {
        return { label: "now", shape: (0,command/* configShape */._s)((0,command/* parseCommand */.RM)(site.previous)) };
    }
    catch {
        return { label: "now", shape: undefined };
    }
}
/**
 * Requests a shape serves at once, in words: workers × threads, except that an event loop
 * holds every request that awaits I/O, so its count is not bounded by threads.
 */
function concurrency(shape) {
    if ((0,command/* isThreadedClass */.So)(shape.workerClass))
        return String(shape.workers * shape.threads);
    return "many per worker";
}
function reasons(report) {
    const { config, reasons: why, evidence } = report.recommendation;
    const link = (doc) => doc && `${report.evidenceBase ?? ""}${doc}`;
    const out = [
        ["workers", String(config.workers), why.workers, link(evidence.workers)],
    ];
    // Workers and threads share their evidence: link it once.
    if ((0,command/* isThreadedClass */.So)(config.workerClass)) {
        const same = evidence.threads === evidence.workers;
        out.push([
            "threads",
            String(config.threads),
            why.threads,
            same ? undefined : link(evidence.threads),
        ]);
    }
    out.push(["worker class", config.workerClass, why.workerClass, link(evidence.workerClass)], ["timeout", `${config.timeout} s`, why.timeout, link(evidence.timeout)]);
    return out;
}
const SITE_OUTCOME = {
    read: "current value, not changed (mode apply writes it)",
    unchanged: "already set: nothing was written",
    "dry-run": "dry run: this is what would be written; nothing was",
    applied: "applied: the site restarts with the new command",
    blocked: "not applied: the layout check found errors",
    held: "not applied: a run undid this command before, for making the site worse",
};
/** Findings split for the report: what blocks, what to look at, and notes; capped. */
function groupFindings(findings) {
    const listed = byLevel(findings).slice(0, MAX_LISTED_FINDINGS);
    return {
        errors: listed.filter((f) => f.level === "error"),
        warnings: listed.filter((f) => f.level === "warning"),
        notices: listed.filter((f) => f.level === "notice"),
        hidden: findings.length - listed.length,
    };
}
function memoryLine(report) {
    const { memory } = report.recommendation;
    return `estimated memory ${memory.estimatedMb} MB of a ${memory.budgetMb} MB budget`;
}

;// CONCATENATED MODULE: ./src/core/report/report-text.ts




const PLAIN = { good: id, bad: id, warn: id, dim: id, bold: id };
function id(s) {
    return s;
}
function renderText(report, style = PLAIN) {
    const v = verdict(report);
    const mark = v === "ready" ? style.good("✔") : style.bad("✘");
    const { errors, warnings, notices, hidden } = groupFindings(report.findings);
    const lines = [`${mark} ${style.bold((0,log_text/* neutralize */.Y)(headline(report)))} (${report.plan.label})`, ""];
    const level = {
        error: style.bad,
        warning: style.warn,
        notice: style.dim,
    };
    const finding = (f) => `  ${level[f.level](f.level.toUpperCase())}${f.file ? ` ${(0,log_text/* neutralize */.Y)(f.file)}${f.line ? `:${f.line}` : ""}` : ""}: ${(0,log_text/* neutralize */.Y)(f.message)}`;
    if (errors.length > 0)
        lines.push("Fix first:", ...errors.map(finding), "");
    if (report.command) {
        const { config } = report.recommendation;
        const now = before(report.site);
        lines.push(`  ${style.bold(report.command)}`, "");
        for (const e of report.edits ?? []) {
            lines.push(`Change in ${(0,log_text/* neutralize */.Y)(e.file)}, line ${e.line}:`, `  - ${(0,log_text/* neutralize */.Y)(e.before)}`, `  + ${(0,log_text/* neutralize */.Y)(e.after)}`, "");
        }
        if (now.shape) {
            lines.push(`${now.label}: ${(0,shape/* describeShape */.vJ)(now.shape)} (${concurrency(now.shape)} at once) → recommended: ${(0,shape/* describeShape */.vJ)(config)} (${concurrency(config)} at once)`, ...(config.workerConnections === undefined
                ? []
                : [
                    `connections: ${(0,shape/* describeConnections */.Dn)(now.shape) ?? "–"} → ${(0,shape/* describeConnections */.Dn)((0,command/* configShape */._s)(config))}`,
                ]), "");
        }
        const rows = reasons(report).map(([name, value, why, evidence]) => [`${name} ${value}`, evidence ? `${why} (${evidence})` : why]);
        // The widest label sets the column, so a long worker class never runs into its reason.
        const width = Math.max(...rows.map(([label]) => label.length)) + 2;
        for (const [label, why] of rows)
            lines.push(`${label.padEnd(width)}${why}`);
        lines.push("", `Plan ${report.plan.label}: ${report.plan.cores} vCPU, ${report.plan.memoryMb} MB per instance; ${memoryLine(report)}.`, "");
    }
    if (warnings.length + notices.length > 0)
        lines.push("Findings:", ...[...warnings, ...notices].map(finding));
    if (hidden > 0)
        lines.push(`  … and ${hidden} more`);
    if (errors.length + warnings.length + notices.length === 0) {
        lines.push("No findings: the layout is what App Service expects.");
    }
    return lines.join("\n").replace(/\n+$/, "") + "\n";
}

// EXTERNAL MODULE: ./src/core/command/startup-plan.ts + 1 modules
var startup_plan = __nccwpck_require__(8148);
// EXTERNAL MODULE: ./src/core/command/gunicorn-settings.ts
var gunicorn_settings = __nccwpck_require__(2658);
// EXTERNAL MODULE: ./src/core/command/startup-command.ts + 2 modules
var startup_command = __nccwpck_require__(5539);
;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

// EXTERNAL MODULE: ./node_modules/pip-requirements-js/dist/index.js
var pip_requirements_js_dist = __nccwpck_require__(6821);
;// CONCATENATED MODULE: ./src/core/detect/requirement-line.ts
// One requirement as pip reads it, and the dependency it names: shared by requirements files,
// pyproject.toml and setup.py.

function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, "-");
}
/** Options pip takes after a requirement (`--hash=sha256:…` from pip-compile --generate-hashes). */
const PER_REQUIREMENT_OPTIONS = /\s+--(hash|config-settings|global-option|install-option)(=|\s+)\S+/g;
function parseLine(line) {
    if (line.startsWith("-"))
        return undefined;
    try {
        return (0,pip_requirements_js_dist.parsePipRequirementsLine)(line.replace(PER_REQUIREMENT_OPTIONS, "")) ?? undefined;
    }
    catch {
        // A VCS URL, or a wheel or sdist by path or URL: #egg= names the project, else the file
        // name does (PEP 427 wheels and sdists start `name-version`).
        const named = EGG.exec(line) ?? ARCHIVE.exec(line.split(/[\s#;]/)[0]);
        return named ? { type: "ProjectName", name: named[1] } : undefined;
    }
}
const EGG = /#egg=([A-Za-z0-9][A-Za-z0-9._-]*)/;
const ARCHIVE = /(?:^|\/)([A-Za-z0-9][A-Za-z0-9._]*?)-\d[^/]*\.(?:whl|tar\.gz|tar\.bz2|zip)$/;
function dependency(req, file, line) {
    const named = req;
    return {
        name: normalizeName(named.name),
        extras: (named.extras ?? []).map(normalizeName),
        specs: named.versionSpec ?? [],
        file,
        line,
    };
}

;// CONCATENATED MODULE: ./src/core/detect/pyproject.ts
// pyproject.toml's dependencies: PEP 621's `[project].dependencies` and Poetry's
// `[tool.poetry.dependencies]`, with the line each is written on.


const PYPROJECT = "pyproject.toml";
function pyprojectDependencies(text, findings) {
    let doc;
    try {
        doc = parse(text);
    }
    catch (error) {
        findings.push({
            level: "error",
            message: `${PYPROJECT} is not valid TOML (${error.message.split("\n")[0]}): the build would fail.`,
            file: PYPROJECT,
        });
        return [];
    }
    const lines = tomlLines(text);
    const project = (doc.project ?? {});
    const pep621 = Array.isArray(project.dependencies) ? project.dependencies : [];
    const out = pep621.flatMap((spec) => {
        const req = typeof spec === "string" ? parseLine(spec) : undefined;
        return req ? [dependency(req, PYPROJECT, lines.get(spec))] : [];
    });
    const tool = (doc.tool ?? {});
    for (const [name, value] of Object.entries(tool.poetry?.dependencies ?? {})) {
        if (name.toLowerCase() === "python")
            continue;
        out.push({
            name: normalizeName(name),
            extras: poetryExtras(value),
            specs: poetrySpecs(value),
            file: PYPROJECT,
            line: lines.get(name),
        });
    }
    return out;
}
function poetryExtras(value) {
    const extras = value?.extras;
    return Array.isArray(extras) ? extras.map((e) => normalizeName(String(e))) : [];
}
/** Poetry's `^25.1`, `>=25.1,<27` or `{ version = "…" }` as PEP 440-style lower bounds. */
function poetrySpecs(value) {
    const raw = typeof value === "string" ? value : value?.version;
    if (typeof raw !== "string")
        return [];
    return raw.split(",").flatMap((part) => {
        const m = part.trim().match(/^(\^|~=|~|==|>=|<=|!=|>|<)?\s*([0-9][0-9A-Za-z.*]*)$/);
        if (!m)
            return [];
        // Poetry: a bare version is exact; ^ and ~ allow newer releases from that floor.
        const op = m[1] === undefined ? "==" : m[1] === "^" || m[1] === "~" ? ">=" : m[1];
        return [{ operator: op, version: m[2] }];
    });
}
/**
 * Where each key and each quoted string of a TOML file first appears, found in one pass: a
 * search per dependency costs the file's length times their number (80,000 of them, minutes).
 */
function tomlLines(text) {
    const at = new Map();
    text.split("\n").forEach((line, i) => {
        const key = /^\s*["']?([A-Za-z0-9._-]+)["']?\s*=/.exec(line)?.[1];
        if (key && !at.has(key))
            at.set(key, i + 1);
        for (const m of line.matchAll(/"([^"]*)"|'([^']*)'/g)) {
            const value = m[1] ?? m[2];
            if (!at.has(value))
                at.set(value, i + 1);
        }
    });
    return at;
}

// EXTERNAL MODULE: ./node_modules/@lezer/python/dist/index.js + 3 modules
var python_dist = __nccwpck_require__(1283);
;// CONCATENATED MODULE: ./src/core/detect/paths.ts
// POSIX paths relative to the app root, as the snapshot keys them ("" is the root itself).
function dirOf(path) {
    const at = path.lastIndexOf("/");
    return at < 0 ? "" : path.slice(0, at);
}
function baseName(path) {
    return path.slice(path.lastIndexOf("/") + 1);
}
/** Joins and normalizes; a result that climbs above the root keeps its leading `..`. */
function joinPath(...parts) {
    // The common case (plain names) without splitting: scans call this for every candidate file.
    if (parts.every((p) => !p.includes("/") && p !== "." && p !== "..")) {
        return parts.filter((p) => p !== "").join("/");
    }
    const out = [];
    for (const segment of parts.join("/").split("/")) {
        if (segment === "" || segment === ".")
            continue;
        if (segment === ".." && out.length > 0 && out[out.length - 1] !== "..")
            out.pop();
        else
            out.push(segment);
    }
    return out.join("/");
}
/** A folder or file stem Python can import: an identifier. */
const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

;// CONCATENATED MODULE: ./src/core/detect/dependencies.ts
// What App Service's build installs, read where Oryx reads it: requirements.txt (with its -r and
// -c includes), else setup.py, else pyproject.toml (uv when uv.lock exists, else Poetry).
// Source: microsoft/Oryx PythonBashBuildSnippet.sh.tpl, in ../shared/AZURE-NOTES.md.





const REQUIREMENTS = "requirements.txt";
const SETUP_PY = "setup.py";
const UV_LOCK = "uv.lock";
/** Which file Oryx builds from, given which files exist at the app root. */
function buildInput(exists) {
    if (exists(REQUIREMENTS))
        return { tool: "pip", file: REQUIREMENTS };
    if (exists(SETUP_PY))
        return { tool: "setup.py", file: SETUP_PY };
    if (exists(PYPROJECT))
        return { tool: exists(UV_LOCK) ? "uv" : "poetry", file: PYPROJECT };
    return { tool: undefined, file: undefined };
}
function readBuildInputs(files, exists) {
    const { tool, file } = buildInput(exists);
    const deps = new Map();
    const constraints = new Map();
    const findings = [];
    const add = (d) => deps.has(d.name) || deps.set(d.name, d);
    if (tool === "pip") {
        walkRequirements(files, REQUIREMENTS, new Set(), { add, constraints, findings, files });
    }
    else if (tool === "setup.py") {
        for (const d of setupPyDependencies(files.get(SETUP_PY) ?? ""))
            add(d);
    }
    else if (tool) {
        for (const d of pyprojectDependencies(files.get(PYPROJECT) ?? "", findings))
            add(d);
    }
    return { tool, file, dependencies: deps, constraints, findings };
}
/** The requirements files a file includes with -r/-c, relative to its own folder. */
function requirementIncludes(text, file) {
    return logicalLines(text).flatMap(({ text: line }) => {
        const include = includeOf(line);
        return include ? [joinPath(dirOf(file), include.path)] : [];
    });
}
function walkRequirements(files, file, seen, walk) {
    const text = files.get(file);
    if (text === undefined || seen.has(file)) {
        if (text === undefined && !seen.has(file)) {
            walk.findings.push({
                level: "warning",
                message: `${file} is included from a requirements file but could not be read; pip would fail on it.`,
            });
        }
        return;
    }
    seen.add(file);
    for (const { text: line, number } of logicalLines(text)) {
        const include = includeOf(line);
        if (include) {
            const target = joinPath(dirOf(file), include.path);
            if (include.constraints)
                readConstraints(files.get(target) ?? "", walk.constraints);
            else
                walkRequirements(files, target, seen, walk);
            continue;
        }
        if (isLocalProject(line)) {
            // `-e .` or `.` installs the project itself: its own dependencies come along.
            for (const d of projectDependencies(files, walk.findings))
                walk.add(d);
            continue;
        }
        if (line.length > MAX_REQUIREMENT_LINE) {
            walk.findings.push({
                level: "warning",
                message: `${file} line ${number} is ${line.length} characters long, more than any requirement needs; it was not read. Check that the file is what pip should install.`,
                file,
                line: number,
            });
            continue;
        }
        const req = parseLine(line);
        if (req)
            walk.add(dependency(req, file, number));
    }
}
/** A requirement with hashes for every wheel of a package stays well under this. */
const MAX_REQUIREMENT_LINE = 16 * 1024;
function readConstraints(text, into) {
    for (const { text: line } of logicalLines(text)) {
        const req = parseLine(line);
        if (req?.type === "ProjectName" && req.versionSpec) {
            into.set(normalizeName(req.name), req.versionSpec);
        }
    }
}
function projectDependencies(files, findings) {
    if (files.has(PYPROJECT))
        return pyprojectDependencies(files.get(PYPROJECT), findings);
    return setupPyDependencies(files.get(SETUP_PY) ?? "");
}
/** Lines joined across backslash continuations, comments stripped, with 1-based numbers. */
function logicalLines(text) {
    const out = [];
    let pending = "";
    let start = 0;
    text.split(/\r?\n/).forEach((raw, i) => {
        if (pending === "")
            start = i + 1;
        if (raw.endsWith("\\")) {
            pending += raw.slice(0, -1) + " ";
            return;
        }
        const line = (pending + raw).replace(/(^|\s)#.*$/, "").trim();
        pending = "";
        if (line)
            out.push({ text: line, number: start });
    });
    return out;
}
function includeOf(line) {
    const m = line.match(/^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)$/);
    if (!m)
        return undefined;
    return { path: m[2], constraints: m[1] === "-c" || m[1] === "--constraint" };
}
function isLocalProject(line) {
    return /^(-e\s+|--editable(\s+|=))?\.\/?(\[[^\]]*\])?$/.test(line);
}
/** setup.py's `install_requires=[...]` string literals, read with the Python parser. */
function setupPyDependencies(source) {
    const out = [];
    const cursor = python_dist/* parser */.K.parse(source).cursor();
    do {
        if (cursor.name !== "ArgList")
            continue;
        const arg = cursor.node;
        for (let c = arg.firstChild; c; c = c.nextSibling) {
            if (c.name !== "VariableName" || source.slice(c.from, c.to) !== "install_requires")
                continue;
            const value = c.nextSibling?.nextSibling;
            if (value?.name !== "ArrayExpression")
                continue;
            for (let s = value.firstChild; s; s = s.nextSibling) {
                if (s.name !== "String")
                    continue;
                const req = parseLine(source.slice(s.from + 1, s.to - 1));
                if (req)
                    out.push(dependency(req, SETUP_PY, lineOf(source, source.slice(s.from, s.to))));
            }
        }
    } while (cursor.next());
    return out;
}
function lineOf(text, needle) {
    const at = text.indexOf(needle);
    return at < 0 ? undefined : text.slice(0, at).split("\n").length;
}
/** Whether the spec guarantees at least `minimum` (e.g. `==25.2`, `>=25.1`, `~=26.0`). */
function guaranteesAtLeast(specs, minimum) {
    return specs.some((s) => ["==", ">=", "~=", ">", "==="].includes(s.operator) && compare(s.version, minimum) >= 0);
}
/** Whether the specs keep the version below `limit` (`<26`, `==23.0`, `~=23.0`). */
function guaranteesBelow(specs, limit) {
    return specs.some((s) => ((s.operator === "<" || s.operator === "<=" || s.operator === "==" || s.operator === "~=") &&
        compare(s.version, limit) < 0) ||
        (s.operator === "<" && compare(s.version, limit) === 0));
}
function compare(a, b) {
    const pa = a.split(".").map((x) => parseInt(x, 10) || 0);
    const pb = b.split(".").map((x) => parseInt(x, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/**
 * The build's packages and those a startup script installs before the app starts: both are there
 * when gunicorn imports the app. Problems in the script's files are not the build's to report.
 */
function withBootInstalls(build, installs, files) {
    if (installs.length === 0)
        return build;
    const deps = new Map(build.dependencies);
    const add = (d) => deps.has(d.name) || deps.set(d.name, d);
    const walk = { add, constraints: new Map(), findings: [], files };
    const seen = new Set(build.file ? [build.file] : []);
    for (const install of installs) {
        for (const file of install.requirements)
            walkRequirements(files, file, seen, walk);
        for (const dir of install.projects) {
            const pyproject = files.get(joinPath(dir, PYPROJECT));
            const found = pyproject !== undefined
                ? pyprojectDependencies(pyproject, [])
                : setupPyDependencies(files.get(joinPath(dir, SETUP_PY)) ?? "");
            found.forEach(add);
        }
        for (const name of install.packages) {
            const req = parseLine(name);
            if (req)
                add(dependency(req, install.file, install.line));
        }
    }
    return { ...build, dependencies: deps };
}

;// CONCATENATED MODULE: ./src/core/detect/documented-worker.ts
// The worker class a WSGI app documents for itself: gevent (or eventlet) patched in at import,
// or named in its own start command or gunicorn.conf.py. Such an app relies on cooperative I/O
// (websockets, long polling), so it is served by that worker, never switched to gthread.



/** gunicorn 26 removed the eventlet worker. */
const EVENTLET_REMOVED_IN = "26";
function documentedWorker(snap, build, startupFiles) {
    const named = namedWorker(snap, startupFiles);
    const from = build.file ?? "the build input";
    if (build.dependencies.has("gevent") && (named?.worker === "gevent" || patched(snap, "gevent"))) {
        const where = named?.worker === "gevent"
            ? `${named.file} starts it with -k gevent`
            : "the app patches gevent in at import";
        return {
            workerClass: "gevent",
            why: `${from} installs gevent and ${where}: one gevent worker per vCPU runs many requests as greenlets, so --worker-connections, not threads, sizes it.`,
        };
    }
    if (build.dependencies.has("eventlet") &&
        (named?.worker === "eventlet" || patched(snap, "eventlet"))) {
        const gunicorn = build.dependencies.get("gunicorn")?.specs ?? [];
        if (!guaranteesBelow(gunicorn, EVENTLET_REMOVED_IN)) {
            return {
                error: `The app runs on eventlet, whose gunicorn worker gunicorn ${EVENTLET_REMOVED_IN} removed. Pin gunicorn<${EVENTLET_REMOVED_IN} in ${from}, or move to gevent; a threaded worker would break its cooperative I/O.`,
            };
        }
        return {
            workerClass: "eventlet",
            why: `${from} installs eventlet and keeps gunicorn below ${EVENTLET_REMOVED_IN}, which still has its worker: one eventlet worker per vCPU runs many requests as greenlets.`,
        };
    }
    return undefined;
}
/** `monkey.patch_all()` (gevent) or `eventlet.monkey_patch()` in the app's Python. */
function patched(snap, library) {
    const call = library === "gevent" ? /monkey\s*\.\s*patch_all\s*\(/ : /eventlet\s*\.\s*monkey_patch\s*\(/;
    for (const [file, text] of snap.files) {
        if (file.endsWith(".py") && text.includes(library) && call.test(text))
            return true;
    }
    return false;
}
/** The worker class the repository's own start command or gunicorn.conf.py names. */
function namedWorker(snap, startupFiles) {
    for (const file of startupFiles) {
        for (const g of (0,startup_command/* gunicornSteps */.P9)(snap.files.get(file) ?? "")) {
            const worker = g.settings.workerClass;
            if (worker === "gevent" || worker === "eventlet")
                return { worker, file };
        }
    }
    const conf = snap.files.get(gunicorn_settings/* DEFAULT_CONFIG_FILE */.Cu);
    const worker = conf === undefined ? undefined : (0,gunicorn_settings/* configSized */.eH)((0,gunicorn_settings/* readConfigFile */.RG)(conf)).workerClass;
    return worker === "gevent" || worker === "eventlet"
        ? { worker, file: gunicorn_settings/* DEFAULT_CONFIG_FILE */.Cu }
        : undefined;
}

// EXTERNAL MODULE: ./src/core/python/python-source.ts
var python_source = __nccwpck_require__(4506);
;// CONCATENATED MODULE: ./src/core/python/python-modules.ts
// Where a Python file sits in the import system: the module name gunicorn loads and the folder
// it must start in. A module inside a package is loaded as `pkg.module` from the package's
// parent: changing into the package itself breaks its relative imports.


const parsed = new WeakMap();
/** The parsed facts of a file that was read, parsed once per snapshot. */
function factsOf(snap, file) {
    const text = snap.files.get(file);
    if (text === undefined)
        return undefined;
    let cache = parsed.get(snap.files);
    if (!cache)
        parsed.set(snap.files, (cache = new Map()));
    let facts = cache.get(file);
    if (!facts)
        cache.set(file, (facts = (0,python_source/* readModule */.b)(text)));
    return facts;
}
/**
 * `src/pkg/app.py` with `src/pkg/__init__.py` → `pkg.app` from `src`. A folder without
 * `__init__.py` still counts as a package when the file imports relatively from it (a
 * namespace package), or when the caller says so (a Django project's settings are imported
 * as `<project>.settings` from the root).
 */
const importPaths = new WeakMap();
function importPathOf(snap, file, minPackages = 0) {
    let cache = importPaths.get(snap.listings);
    if (!cache)
        importPaths.set(snap.listings, (cache = new Map()));
    const key = `${minPackages}:${file}`;
    let found = cache.get(key);
    if (!found)
        cache.set(key, (found = importPathFor(snap, file, minPackages)));
    return found;
}
function importPathFor(snap, file, minPackages) {
    const parts = dirOf(file) === "" ? [] : dirOf(file).split("/");
    const levels = Math.min(parts.length, Math.max(packageDepth(snap, parts), relativeDepth(snap, file), minPackages));
    const packages = parts.slice(parts.length - levels);
    const stem = baseName(file).replace(/\.py$/, "");
    const names = stem === "__init__" ? packages : [...packages, stem];
    const bad = names.find((n) => !PYTHON_IDENTIFIER.test(n));
    if (bad !== undefined || names.length === 0) {
        return {
            error: `${JSON.stringify(bad ?? file)} is not a valid Python module name (letters, digits and _ only, not starting with a digit), so ${file} cannot be imported as part of a module path`,
        };
    }
    const chdir = parts.slice(0, parts.length - levels).join("/");
    return { module: names.join("."), chdir: chdir || undefined };
}
/** How many folders up from the file hold an `__init__.py`, without a gap. */
function packageDepth(snap, parts) {
    let depth = 0;
    while (depth < parts.length) {
        const dir = parts.slice(0, parts.length - depth).join("/");
        if (!(snap.listings.get(dir) ?? []).includes("__init__.py"))
            break;
        depth++;
    }
    return depth;
}
/** `from .. import x` needs two package levels above the file. */
function relativeDepth(snap, file) {
    const facts = factsOf(snap, file);
    if (!facts)
        return 0;
    return facts.imports.reduce((most, m) => Math.max(most, m.match(/^\.*/)[0].length), 0);
}
/** Whether the file's folder was listed and holds it: only those can be read. */
function listed(snap, file) {
    return ((snap.listings.get(dirOf(file)) ?? []).includes(baseName(file)) ||
        !snap.listings.has(dirOf(file)));
}
/** The files a `from X import …` could come from, relative to the app root. */
function moduleFiles(snap, fromFile, module) {
    const dots = module.match(/^\.*/)[0].length;
    const rest = module.slice(dots).replaceAll(".", "/");
    let bases;
    if (dots > 0) {
        let base = dirOf(fromFile);
        for (let i = 1; i < dots; i++)
            base = dirOf(base);
        bases = [base];
    }
    else {
        const home = importPathOf(snap, fromFile);
        bases = [...new Set(["chdir" in home && home.chdir ? home.chdir : "", ""])];
    }
    return bases.flatMap((base) => rest === ""
        ? [joinPath(base, "__init__.py")]
        : [joinPath(base, `${rest}.py`), joinPath(base, rest, "__init__.py")]);
}
/**
 * The app's own files a module imports, at any level: `import a.b`, `from a import b` (where b
 * may be a module too), imports inside an app factory. Files outside the app root are left out.
 */
function importTargets(snap, file) {
    const facts = factsOf(snap, file);
    if (!facts)
        return [];
    const modules = new Set(facts.imports);
    // `from X import name` names a module only when X is a package (a folder of the app): from
    // a file, or from `os`, it names attributes, and 300,000 of them must not become 300,000 reads.
    const packages = new Map();
    const isPackage = (module) => {
        let known = packages.get(module);
        if (known === undefined) {
            known = moduleFiles(snap, file, module).some((p) => snap.listings.has(dirOf(p)) && p.endsWith("/__init__.py"));
            packages.set(module, known);
        }
        return known;
    };
    for (const { module, name } of facts.fromImports) {
        if (name !== "*" && isPackage(module))
            modules.add(module.endsWith(".") ? module + name : `${module}.${name}`);
    }
    const out = new Set();
    for (const module of modules) {
        for (const p of moduleFiles(snap, file, module))
            if (!p.startsWith("..") && listed(snap, p))
                out.add(p);
    }
    return [...out];
}

;// CONCATENATED MODULE: ./src/core/python/app-object.ts

const FRAMEWORK_TITLES = {
    flask: "Flask",
    django: "Django",
    fastapi: "FastAPI",
    starlette: "Starlette",
    quart: "Quart",
    litestar: "Litestar",
};
/** `package:name` of each constructor, with what it makes. */
const CONSTRUCTORS = {
    "flask:Flask": ["flask", "wsgi"],
    "fastapi:FastAPI": ["fastapi", "asgi"],
    "starlette:Starlette": ["starlette", "asgi"],
    "quart:Quart": ["quart", "asgi"],
    "litestar:Litestar": ["litestar", "asgi"],
    "django:get_wsgi_application": ["django", "wsgi"],
    "django:get_asgi_application": ["django", "asgi"],
};
const MAX_IMPORT_HOPS = 4;
/** App objects the module binds at top level, `app` and `application` first. */
function appObjects(snap, file, hops = 0) {
    const facts = factsOf(snap, file);
    if (!facts)
        return [];
    const found = [];
    for (const [name, binding] of facts.bindings) {
        const made = objectFor(snap, file, facts, binding, hops);
        if (made)
            found.push({ ...made, name, line: binding.line });
    }
    const rank = (o) => (o.factory ? 10 : 0) + (o.name === "app" ? 0 : o.name === "application" ? 1 : 2);
    return found.sort((a, b) => rank(a) - rank(b) || a.line - b.line);
}
function objectFor(snap, file, facts, binding, hops) {
    switch (binding.kind) {
        case "call": {
            const made = constructed(facts, binding.callee) ?? subclassed(snap, file, facts, binding.callee, hops);
            if (made)
                return { ...made, factory: false, requiredParams: 0 };
            // `app = create_app()`: the factory's product is the app.
            const factory = factoryNamed(snap, file, facts, binding.callee, hops);
            return factory && { ...factory, factory: false, requiredParams: 0 };
        }
        case "def": {
            const made = binding.calls
                .map((c) => constructed(facts, c) ?? subclassed(snap, file, facts, c, hops))
                .find(Boolean);
            return made && { ...made, factory: true, requiredParams: binding.requiredParams };
        }
        case "import":
            return imported(snap, file, binding, hops);
        default:
            return undefined;
    }
}
/** What a callee constructs, resolved through the module's imports. */
function constructed(facts, callee) {
    const [head, ...rest] = callee.split(".");
    const last = rest.length > 0 ? rest[rest.length - 1] : head;
    const bound = facts.bindings.get(head);
    const pkg = bound?.kind === "import" ? bound.module.split(".")[0] : undefined;
    const hit = pkg && CONSTRUCTORS[`${pkg}:${last}`];
    if (hit)
        return { framework: hit[0], protocol: hit[1] };
    if (rest.length === 0 && !bound) {
        // `from flask import Flask` inside create_app() binds nothing at module level.
        const pkgs = new Set(facts.imports.map((m) => m.split(".")[0]));
        const any = Object.entries(CONSTRUCTORS).find(([key]) => key.endsWith(`:${last}`) && pkgs.has(key.split(":")[0]));
        if (any)
            return { framework: any[1][0], protocol: any[1][1] };
    }
    return undefined;
}
/**
 * `class MyAPI(FastAPI)` in the app's own modules, several levels deep and across imports:
 * the framework class it derives from decides what an instance of it is.
 */
function subclassed(snap, file, facts, name, hops) {
    if (hops >= MAX_IMPORT_HOPS || name.includes("."))
        return undefined;
    const bound = facts.bindings.get(name);
    if (bound?.kind === "class") {
        for (const base of bound.bases) {
            const made = constructed(facts, base) ?? subclassed(snap, file, facts, base, hops + 1);
            if (made)
                return made;
        }
    }
    if (bound?.kind === "import" && bound.name !== "") {
        for (const source of moduleFiles(snap, file, bound.module)) {
            const theirs = source === file ? undefined : factsOf(snap, source);
            const made = theirs && subclassed(snap, source, theirs, bound.name, hops + 1);
            if (made)
                return made;
        }
    }
    return undefined;
}
/** A factory function named by a call in this module, defined here or imported. */
function factoryNamed(snap, file, facts, callee, hops) {
    const target = facts.bindings.get(callee);
    if (target?.kind === "def") {
        const made = target.calls.map((c) => constructed(facts, c)).find(Boolean);
        return made && { ...made, factory: true, requiredParams: target.requiredParams };
    }
    if (target?.kind === "import") {
        const made = imported(snap, file, target, hops);
        return made?.factory ? made : undefined;
    }
    return undefined;
}
/** `from pkg.web import app`: follow the import into the app's own files. */
function imported(snap, file, binding, hops) {
    if (binding.name === "" || hops >= MAX_IMPORT_HOPS)
        return undefined;
    for (const source of moduleFiles(snap, file, binding.module)) {
        if (source === file || !snap.files.has(source))
            continue;
        // Only the imported name is followed: following every binding of every module it passes
        // through multiplies with each hop (two modules importing 40 names from each other).
        const facts = factsOf(snap, source);
        const target = facts?.bindings.get(binding.name);
        const hit = target && objectFor(snap, source, facts, target, hops + 1);
        if (hit)
            return hit;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/detect/snapshot.ts
// What the app folder holds, as read once by the filesystem edge: folder listings and the
// text of the files the checks asked for (scan-plan.ts says which).


/** Larger files are not read; a finding names them. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Files that may hold the app: Oryx's Flask and FastAPI candidates, and what people use. */
const ORYX_FLASK_FILES = [
    "application.py",
    "app.py",
    "run.py",
    "index.py",
    "server.py",
    "wsgi.py",
];
/** Oryx's FastAPI candidates, in its order (microsoft/Oryx PR #2904). */
const ORYX_FASTAPI_FILES = [
    "main.py",
    "app.py",
    "application.py",
    "server.py",
    "asgi.py",
    "api.py",
    "index.py",
    "run.py",
];
const APP_FILES = [...new Set([...ORYX_FLASK_FILES, ...ORYX_FASTAPI_FILES, "startup.py"])];
/** Root files read for the build and the start-up (the manage.py marks a Django project). */
const ROOT_FILES = [
    REQUIREMENTS,
    SETUP_PY,
    PYPROJECT,
    "manage.py",
    "gunicorn.conf.py",
    "startup.sh",
    "startup.txt",
    "entrypoint.sh",
    "Procfile",
];
/** Folders never searched for code. */
const SKIPPED_FOLDERS = new Set(["node_modules", "__pycache__", "site-packages"]);
/** Past this many rounds of following imports and includes, stop: the chain is not the app. */
const MAX_READ_ROUNDS = 32;
function entries(snap, dir) {
    return snap.listings.get(dir) ?? [];
}
function exists(snap, path) {
    if (snap.files.has(path))
        return true;
    const name = path.slice(path.lastIndexOf("/") + 1);
    return entries(snap, dirOf(path)).includes(name);
}
const codeFolderCache = new WeakMap();
/** Subfolders of `dir` that may hold code: not hidden, not a virtualenv, not a cache. */
function codeFolders(snap, dir) {
    const list = entries(snap, dir);
    const cached = codeFolderCache.get(list);
    if (cached)
        return cached;
    const found = list
        .filter((e) => e.endsWith("/"))
        .map((e) => e.slice(0, -1))
        .filter((name) => !name.startsWith(".") && !SKIPPED_FOLDERS.has(name))
        .map((name) => (dir === "" ? name : `${dir}/${name}`))
        .filter((path) => !isVirtualenv(snap, path))
        .sort();
    // A folder's listing is set once, so its code folders can be kept; venv checks need the
    // subfolders' listings, so only a complete answer is kept.
    if (found.every((p) => snap.listings.has(p)))
        codeFolderCache.set(list, found);
    return found;
}
/** Oryx skips virtualenvs when it looks for a Django project; they hold pyvenv.cfg. */
function isVirtualenv(snap, dir) {
    return entries(snap, dir).includes("pyvenv.cfg");
}
/**
 * A Django project one folder down (`site/manage.py` beside `site/mysite/`): the folders of
 * each root subfolder that holds a manage.py.
 */
function nestedProjects(snap) {
    return codeFolders(snap, "")
        .filter((dir) => entries(snap, dir).includes("manage.py"))
        .flatMap((dir) => codeFolders(snap, dir));
}
/** How deep the search for an app goes below the root (`src/` not counted), and how wide. */
const MAX_SEARCH_DEPTH = 4;
const MAX_SEARCH_FOLDERS = 2000;
/** A folder's depth below the root; `src/` is a layout convention, not a level. */
function searchDepth(dir) {
    if (dir === "")
        return 0;
    const parts = dir.split("/");
    return parts[0] === "src" ? parts.length - 1 : parts.length;
}
/**
 * Every code folder down to MAX_SEARCH_DEPTH, breadth first, at most MAX_SEARCH_FOLDERS:
 * where an app may live when the usual places hold none.
 */
function deepFolders(snap) {
    const found = [];
    let level = [""];
    while (level.length > 0 && found.length < MAX_SEARCH_FOLDERS) {
        const next = level
            .filter((dir) => snap.listings.has(dir))
            .flatMap((dir) => codeFolders(snap, dir))
            .filter((dir) => searchDepth(dir) <= MAX_SEARCH_DEPTH || dir === "src");
        found.push(...next.slice(0, MAX_SEARCH_FOLDERS - found.length));
        level = next;
    }
    return found;
}
/** Folders searched for the app: the root's subfolders, and one level into `src/`. */
function foldersToList(snap, appModule = "auto") {
    // A copy: codeFolders() keeps its answers, which must not grow with what is added here.
    const wanted = [...codeFolders(snap, ""), ...nestedProjects(snap)];
    if (appModule === "auto")
        wanted.push(...deepFolders(snap));
    if (snap.listings.has("src"))
        wanted.push(...codeFolders(snap, "src"));
    // An explicit module names its packages (pkg.web:app → pkg/, pkg/web/), however deep.
    for (const dir of ["", ...wanted])
        wanted.push(...packageFolders(dir, appModule));
    return [...new Set(wanted)].filter((dir) => !snap.listings.has(dir));
}
/** `folder/pkg.web:app` → the folder and the module, split at the last slash. */
function splitAppModule(appModule) {
    const slash = appModule.lastIndexOf("/");
    if (slash < 0)
        return { folder: "", module: appModule };
    return { folder: appModule.slice(0, slash), module: appModule.slice(slash + 1) };
}
function packageFolders(dir, appModule) {
    if (appModule === "auto")
        return [];
    const { folder, module } = splitAppModule(appModule);
    const parts = [...(folder ? folder.split("/") : []), ...module.split(":")[0].split(".")];
    return parts.map((_, i) => joinPath(dir, parts.slice(0, i + 1).join("/")));
}
/** Where the app may live: the root, its code folders, and `src/`'s packages. */
function searchFolders(snap) {
    const dirs = ["", ...codeFolders(snap, ""), ...nestedProjects(snap)];
    if (snap.listings.has("src"))
        dirs.push(...codeFolders(snap, "src"));
    return dirs.filter((d) => snap.listings.has(d));
}
/** `pkg.mod:x` → the files that could hold `pkg.mod`, relative to a search folder. */
function explicitModuleFiles(appModule) {
    if (appModule === "auto")
        return [];
    const { folder, module } = splitAppModule(appModule);
    const base = joinPath(folder, module.split(":")[0].replaceAll(".", "/"));
    return [`${base}.py`, `${base}/__init__.py`];
}
/** Where a path of the app folder is for annotations: relative to the repository. */
function repoLocation(snap, rel, line) {
    const file = snap.rootFromRepo === "" ? rel : joinPath(snap.rootFromRepo, rel);
    return line === undefined ? { file } : { file, line };
}

;// CONCATENATED MODULE: ./src/core/detect/stdlib-modules.ts
// Generated by scripts/stdlib-modules.mjs from Python 3.11.2's sys.stdlib_module_names:
// the standard library's top-level modules, never a build input's. Do not edit.
const NAMES = `
__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs
_codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections
_collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses
_curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib
_frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof
_lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator
_osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio
_queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3
_sre _ssl _stat _statistics _string _strptime _struct _symtable _thread _threading_local
_tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi
_zoneinfo abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop
base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code
codecs codeop collections colorsys compileall concurrent configparser contextlib
contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib
dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp
fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob
graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib
inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox
mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis
nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb
pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile
pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline
reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil
signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile
sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau
symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this
threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty
turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave
weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib
zoneinfo
`;
const STDLIB_MODULES = new Set(NAMES.trim().split(/\s+/));

;// CONCATENATED MODULE: ./src/core/detect/missing-imports.ts





/** Import names whose distribution is named otherwise. */
const DISTRIBUTIONS = {
    yaml: ["pyyaml"],
    PIL: ["pillow"],
    cv2: ["opencv-python", "opencv-python-headless", "opencv-contrib-python"],
    dotenv: ["python-dotenv"],
    jwt: ["pyjwt"],
    psycopg2: ["psycopg2", "psycopg2-binary"],
    psycopg: ["psycopg", "psycopg-binary"],
    sklearn: ["scikit-learn"],
    bs4: ["beautifulsoup4"],
    dateutil: ["python-dateutil"],
    multipart: ["python-multipart"],
    jose: ["python-jose"],
    slugify: ["python-slugify"],
    socketio: ["python-socketio", "flask-socketio"],
    MySQLdb: ["mysqlclient"],
    attr: ["attrs"],
    OpenSSL: ["pyopenssl"],
    Crypto: ["pycryptodome"],
    docx: ["python-docx"],
    magic: ["python-magic"],
    flask_sqlalchemy: ["flask-sqlalchemy"],
    google: ["google-*", "protobuf"],
    azure: ["azure-*"],
    opentelemetry: ["opentelemetry-*", "azure-monitor-opentelemetry"],
};
/** Packages that arrive with a common one (its own requirements), by import name. */
const BROUGHT_BY = {
    flask: ["werkzeug", "jinja2", "itsdangerous", "click", "markupsafe", "blinker"],
    django: ["asgiref", "sqlparse"],
    fastapi: [
        "starlette",
        "pydantic",
        "pydantic_core",
        "typing_extensions",
        "anyio",
        "annotated_types",
    ],
    starlette: ["anyio"],
    uvicorn: ["click", "h11"],
    requests: ["urllib3", "idna", "certifi", "charset_normalizer"],
    httpx: ["httpcore", "anyio", "idna", "certifi", "sniffio", "h11"],
    openai: ["httpx", "pydantic", "anyio", "distro", "jiter", "sniffio", "tqdm", "typing_extensions"],
    "flask-sqlalchemy": ["sqlalchemy"],
    sqlalchemy: ["greenlet", "typing_extensions"],
    pydantic: ["pydantic_core", "typing_extensions", "annotated_types"],
    celery: ["kombu", "billiard", "vine", "click"],
    gunicorn: ["packaging"],
    pandas: ["numpy", "dateutil", "pytz", "tzdata"],
    matplotlib: ["numpy", "PIL"],
    "flask-socketio": ["socketio", "engineio"],
    "python-socketio": ["engineio"],
};
function missingImportFindings(snap, build, appFile, at) {
    if (build.tool === undefined)
        return [];
    const provided = providedImports(build);
    const own = ownNames(snap);
    const missing = new Map();
    for (const file of importedFrom(snap, appFile)) {
        const facts = factsOf(snap, file);
        const optional = new Set(facts?.optionalImports);
        for (const module of facts?.imports ?? []) {
            if (optional.has(module))
                continue;
            const top = module.split(".")[0];
            if (top === "" || STDLIB_MODULES.has(top) || own.has(top) || provided(top))
                continue;
            // The framework missing is an error of its own (layout.ts).
            if (top in FRAMEWORK_TITLES)
                continue;
            if (!missing.has(top))
                missing.set(top, { file });
        }
    }
    return [...missing].map(([name, { file }]) => ({
        level: "warning",
        message: `${file} imports ${name}, which ${build.file} does not install${name in DISTRIBUTIONS ? ` (its package is ${DISTRIBUTIONS[name][0]})` : ""}: the app would fail at boot with ModuleNotFoundError unless another package brings it. Add it to ${build.file}.`,
        ...at(file),
    }));
}
/** The app module and every module of the app it imports, as far as the scan read them. */
function importedFrom(snap, appFile) {
    const seen = new Set([appFile]);
    const queue = [appFile];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        for (const next of importTargets(snap, file)) {
            if (!seen.has(next) && snap.files.has(next)) {
                seen.add(next);
                queue.push(next);
            }
        }
    }
    return [...seen];
}
/** Whether the build provides an import name: listed itself, under its package's name, or brought. */
function providedImports(build) {
    const deps = new Set(build.dependencies.keys());
    const brought = new Set();
    for (const dep of deps)
        for (const name of BROUGHT_BY[dep] ?? [])
            brought.add(name);
    for (const dep of deps) {
        for (const [name, packages] of Object.entries(BROUGHT_BY)) {
            if (normalizeName(name) === dep)
                packages.forEach((p) => brought.add(p));
        }
    }
    const has = (pattern) => pattern.endsWith("*")
        ? [...deps].some((d) => d.startsWith(pattern.slice(0, -1)))
        : deps.has(normalizeName(pattern));
    return (name) => brought.has(name) ||
        has(name) ||
        (DISTRIBUTIONS[name] ?? []).some(has) ||
        // `flask_cors` is installed as flask-cors
        has(name.replace(/_/g, "-"));
}
/** The app's own top-level modules and packages: what its folders hold. */
function ownNames(snap) {
    const names = new Set();
    for (const dir of snap.listings.keys()) {
        for (const entry of entries(snap, dir)) {
            names.add(entry.replace(/\/$/, "").replace(/\.py$/, ""));
        }
    }
    return names;
}

;// CONCATENATED MODULE: ./src/core/detect/file-findings.ts

const UNREAD_WHY = {
    "too-large": `it is larger than ${MAX_FILE_BYTES / 1048576} MiB, so the checks could not look inside it. If it holds the app, set app-module`,
    "outside-repository": "it is a link to a file outside the repository",
    unreadable: "the runner may not open it (its permissions). Make it readable to the job, or the checks cannot look inside it",
    budget: "the scan had read as much of the repository as one run reads. Point working-directory at the app's own folder",
    "not-text": "it is not text in an encoding pip or Python reads (UTF-8, or UTF-16 with a BOM)",
};
function unreadFindings(snap, at) {
    return snap.unread.map((u) => ({
        level: "warning",
        message: `${u.path} was not read: ${UNREAD_WHY[u.reason]}.`,
        ...at(u.path),
    }));
}
const CONFLICT = /^(<{7}|>{7})( |$)/m;
/** `<<<<<<< HEAD` left in a Python file: importing it fails with a SyntaxError at boot. */
function conflictFindings(snap, at) {
    const out = [];
    for (const [file, text] of snap.files) {
        if (!file.endsWith(".py"))
            continue;
        const match = CONFLICT.exec(text);
        if (!match)
            continue;
        const line = text.slice(0, match.index).split("\n").length;
        out.push({
            level: "warning",
            message: `${file} holds an unresolved merge conflict at line ${line}; Python refuses to import it, so a worker that imports it fails at boot. Resolve the conflict.`,
            ...at(file, line),
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/command/shell-words.ts + 1 modules
var shell_words = __nccwpck_require__(3297);
;// CONCATENATED MODULE: ./src/core/detect/entry-points.ts
// How the repository itself says the app starts: a Procfile's web: line, a startup script, a
// Dockerfile's CMD or ENTRYPOINT, an App Service startup.txt, FLASK_APP in .flaskenv. App
// Service reads none of these by itself, but they name the module the authors serve, and the
// packages a script installs at boot.




/** Scripts that start an app, wherever they sit in the app folder. */
const ENTRY_SCRIPTS = [
    "startup.sh",
    "entrypoint.sh",
    "docker-entrypoint.sh",
    "start.sh",
    "boot.sh",
];
/** Files read only at the app root. */
const ROOT_ENTRY_FILES = ["Procfile", "startup.txt", ".flaskenv"];
const DOCKERFILE = "Dockerfile";
/** Servers that take a file (`python app.py`, `fastapi run main.py`); the others a module. */
const FILE_SERVERS = new Set(["python", "fastapi"]);
function namesFile(start) {
    return FILE_SERVERS.has(start.program) || (start.target ?? "").endsWith(".py");
}
/** Where a start's target may live, in the order it is looked for. */
function targetFiles(start) {
    const target = start.target ?? "";
    const rels = namesFile(start)
        ? target.endsWith(".py")
            ? [target]
            : []
        : /^[A-Za-z_][\w.]*(:|$)/.test(target)
            ? explicitModuleFiles(target.replace(/\(.*\)$/, ""))
            : [];
    return start.folders
        .flatMap((folder) => rels.map((rel) => ({ folder, file: joinPath(folder, rel) })))
        .filter(({ file }) => !file.startsWith(".."));
}
/** The entry files present in the listed folders, root files first. */
function entryFiles(snap) {
    const root = ROOT_ENTRY_FILES.filter((f) => entries(snap, "").includes(f));
    const deep = [...snap.listings.keys()]
        .sort((a, b) => searchDepth(a) - searchDepth(b) || a.localeCompare(b))
        .flatMap((dir) => [...ENTRY_SCRIPTS, DOCKERFILE]
        .filter((f) => entries(snap, dir).includes(f))
        .map((f) => joinPath(dir, f)));
    return [...root, ...deep];
}
/** Every entry file's server starts and boot installs, in the order entryFiles gives. */
function readEntryPoints(snap) {
    const starts = [];
    const installs = [];
    for (const file of entryFiles(snap)) {
        const text = snap.files.get(file);
        if (text === undefined)
            continue;
        for (const { body, line } of commandsOf(file, text)) {
            for (const step of (0,shell_words/* readScript */.Uq)(body).steps) {
                const at = step.line + line - 1;
                const start = startOf(step, file, body, at);
                if (start)
                    starts.push(start);
                const install = installOf(step, file, at);
                if (install)
                    installs.push(install);
            }
        }
    }
    return { starts, installs };
}
/** The shell text each kind of file runs, with the line it starts on. */
function commandsOf(file, text) {
    const name = baseName(file);
    if (name === "Procfile")
        return procfileWeb(text);
    if (name === ".flaskenv")
        return flaskEnv(text);
    if (name === DOCKERFILE)
        return dockerCommands(text);
    return [{ body: text, line: 1 }];
}
function procfileWeb(text) {
    return text.split(/\r?\n/).flatMap((raw, i) => {
        const m = /^web:\s*(.+)$/.exec(raw.trim());
        return m ? [{ body: m[1], line: i + 1 }] : [];
    });
}
/** FLASK_APP=module: what `flask run` would serve, read as a flask start. */
function flaskEnv(text) {
    return text.split(/\r?\n/).flatMap((raw, i) => {
        const m = /^\s*(?:export\s+)?FLASK_APP\s*=\s*["']?([\w.:/()-]+)["']?\s*$/.exec(raw);
        return m ? [{ body: `flask --app '${m[1]}' run`, line: i + 1 }] : [];
    });
}
/** CMD and ENTRYPOINT, shell form as written, exec form (a JSON array) joined into words. */
function dockerCommands(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const first = i;
        let joined = lines[i];
        while (joined.endsWith("\\") && i + 1 < lines.length)
            joined = joined.slice(0, -1) + lines[++i];
        const m = /^\s*(CMD|ENTRYPOINT)\s+(.+)$/i.exec(joined);
        if (!m)
            continue;
        const body = execForm(m[2].trim()) ?? m[2].trim();
        out.push({ body, line: first + 1 });
    }
    return out;
}
function execForm(text) {
    if (!text.startsWith("["))
        return undefined;
    try {
        const words = JSON.parse(text);
        if (!Array.isArray(words) || !words.every((w) => typeof w === "string"))
            return undefined;
        // `sh -c "…"` runs its string as a script.
        if (/^(ba|da)?sh$/.test(baseName(words[0] ?? "")) && words[1] === "-c")
            return words[2];
        return words.map(shellQuoted).join(" ");
    }
    catch {
        return undefined;
    }
}
/** A word as the shell reads it back: quoted only when it must be. */
function shellQuoted(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
function startOf(step, file, body, line) {
    const text = body.slice(step.start, step.end).split("\n")[0].slice(0, 200);
    const uwsgi = uwsgiTarget(step);
    const server = uwsgi === undefined ? (0,startup_command/* stepServer */._m)(step) : { program: "uwsgi", target: uwsgi };
    // `flask db upgrade` and `fastapi --help` start no server.
    if (!server || (server.target === undefined && server.program !== "uwsgi"))
        return undefined;
    const chdir = "chdir" in server ? (server.chdir ?? "") : "";
    const bases = baseName(file) === DOCKERFILE ? [dirOf(file)] : ["", dirOf(file)];
    const folders = [...new Set(bases.map((b) => joinPath(b, chdir)))];
    return { file, line, program: server.program, target: server.target, folders, text };
}
/** uwsgi's `--module pkg.mod:app`, `-w`, `--wsgi-file file.py`; "" when it names none. */
function uwsgiTarget(step) {
    const { at, words } = (0,startup_command/* command */.G5)(step);
    if (baseName(words[at]?.value ?? "") !== "uwsgi")
        return undefined;
    const args = words.slice(at + 1).map((w) => w.value);
    for (let i = 0; i < args.length; i++) {
        const [flag, inline] = args[i].split("=", 2);
        if (["--module", "-w", "--wsgi", "--wsgi-file", "--file"].includes(flag)) {
            return inline ?? args[i + 1] ?? "";
        }
    }
    return "";
}
function installOf(step, file, line) {
    const { at, words } = (0,startup_command/* command */.G5)(step);
    const values = words.slice(at).map((w) => w.value);
    const pip = /^pip3?$/.test(baseName(values[0] ?? ""))
        ? 1
        : (0,startup_command/* isPython */.r2)(baseName(values[0] ?? "")) && values[1] === "-m" && values[2] === "pip"
            ? 3
            : -1;
    if (pip < 0 || values[pip] !== "install")
        return undefined;
    const requirements = [];
    const projects = [];
    const packages = [];
    const folder = baseName(file) === DOCKERFILE ? dirOf(file) : "";
    const args = values.slice(pip + 1);
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === "-r" || a === "--requirement")
            requirements.push(joinPath(folder, args[++i] ?? ""));
        else if (a.startsWith("--requirement="))
            requirements.push(joinPath(folder, a.slice(14)));
        else if (a === "-e" || a === "--editable")
            projects.push(joinPath(folder, args[++i] ?? ""));
        else if (a === "." || a.startsWith("./") || a.startsWith("/"))
            projects.push(joinPath(folder, a.replace(/^\/home\/site\/wwwroot\/?/, "./")));
        else if (!a.startsWith("-") && !words[at + pip + 1 + i]?.dynamic)
            packages.push(a);
    }
    return { file, line, requirements, projects, packages };
}

;// CONCATENATED MODULE: ./src/core/detect/entry-notices.ts


/** How each kind of file reaches App Service, or does not. */
function howRead(file) {
    const name = baseName(file);
    if (name === DOCKERFILE)
        return "App Service's code deployment does not use a Dockerfile";
    if (name === "Procfile")
        return "App Service does not read a Procfile";
    if (name === ".flaskenv")
        return "App Service does not run `flask run`";
    return `App Service runs ${file} only when the site's startup command names it`;
}
function entryNotices(starts, served, at) {
    const serves = served ? `starts gunicorn serving ${served}` : "needs an app gunicorn can load";
    return starts.flatMap((start) => {
        const sameApp = served !== undefined && sameModule(start, served);
        // A gunicorn start of the same app says nothing new; the edits to its flags are elsewhere.
        if (start.program === "gunicorn" && sameApp)
            return [];
        const what = start.program === "gunicorn"
            ? `starts gunicorn with ${start.target || "no module"}`
            : `starts ${start.target ? `${start.target} with` : "the app with"} ${start.program}, not gunicorn`;
        return [
            {
                level: "notice",
                message: `${start.file} line ${start.line} ${what} (\`${start.text}\`). ${howRead(start.file)}; the startup command this run gives ${serves}.`,
                ...at(start.file, start.line),
            },
        ];
    });
}
function sameModule(start, served) {
    const [module, callable] = served.split(":");
    const [target, named] = (start.target ?? "").split(":");
    return target === module && (named ?? "application") === callable?.replace(/\(\)$/, "");
}

;// CONCATENATED MODULE: ./src/core/detect/named-entry.ts
// The app the repository's own entry points name (entry-points.ts), when that module really
// holds an app object: the authors' choice beats a guess from file names.





/** gunicorn's and uwsgi's callable when none is named. */
const DEFAULT_CALLABLE = "application";
/** The first entry point whose target holds an app object, as gunicorn would load it. */
function namedEntry(snap, starts, at) {
    for (const start of starts) {
        const found = resolve(snap, start);
        if (!found)
            continue;
        const { file, object, module, chdir } = found;
        const spec = `${module}:${object.name}${object.factory ? "()" : ""}`;
        const other = start.program === "gunicorn"
            ? ""
            : ` with ${start.program}; ${howRead(start.file)}, so the startup command serves it with gunicorn instead`;
        const note = {
            level: "notice",
            message: `Serving ${spec}${chdir ? ` from ${chdir}/` : ""}: ${start.file} line ${start.line} starts the app that way (\`${start.text}\`)${other}. The repository's own start beats guessing from file names.`,
            ...at(start.file, start.line),
        };
        const located = {
            file,
            module,
            chdir,
            callable: object.name,
            factory: object.factory,
            object,
            findings: [note],
        };
        return { located, start };
    }
    return undefined;
}
function resolve(snap, start) {
    const [module, named] = (start.target ?? "").split(":");
    const wanted = named?.replace(/\(.*\)$/, "");
    for (const { folder, file } of targetFiles(start)) {
        if (!exists(snap, file))
            continue;
        const objects = appObjects(snap, file);
        if (namesFile(start)) {
            // `python app.py`, `fastapi run main.py`, uwsgi's `--wsgi-file`: the file's first app.
            const object = start.program === "fastapi" ? objects.find((o) => o.framework === "fastapi") : objects[0];
            const place = importPathOf(snap, file);
            if (!object || "error" in place)
                return undefined;
            return { file, object, module: place.module, chdir: place.chdir };
        }
        // Flask's FLASK_APP and uvicorn name the object; gunicorn and uwsgi default to application.
        const object = wanted
            ? objects.find((o) => o.name === wanted)
            : start.program === "flask"
                ? objects[0]
                : objects.find((o) => o.name === DEFAULT_CALLABLE);
        return object && { file, object, module: module, chdir: folder || undefined };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/detect/detect.ts
// Finds the app the way App Service's Oryx does (a Django project first, then FastAPI, then
// Flask), and goes further where Oryx guesses: the object under any name, factories, packages
// with relative imports, `src/` layouts.






/** `starts`: how the repository itself starts the app (entry-points.ts). */
function detect(snap, at, starts) {
    const notices = [];
    const named = namedEntry(snap, starts, at);
    const found = named?.located ?? searched(snap, at, notices);
    const spec = found && `${found.module}:${found.callable}${found.factory ? "()" : ""}`;
    const entries = entryNotices(starts.filter((s) => s !== named?.start), spec, at);
    if (found)
        return { ...found, findings: [...found.findings, ...notices, ...entries] };
    const oryxGuess = ORYX_FLASK_FILES.find((f) => exists(snap, f));
    if (oryxGuess)
        return guessed(oryxGuess, at, [...notices, ...entries]);
    return {
        error: {
            level: "error",
            message: `No app found in ${snap.name}/: looked for a Django project (<project>/wsgi.py), and for a Flask, FastAPI, Starlette, Quart or Litestar app object in ${APP_FILES.join(", ")} at the root and in folders up to ${MAX_SEARCH_DEPTH} levels down. Set app-module (e.g. app:app) or working-directory to the folder you deploy.`,
        },
        notices: [...notices, ...entries],
    };
}
/** Folders that hold tests, examples or tooling: searched last. */
const SIDE_FOLDER = /(^|\/)(tests?|testing|docs?|examples?|samples?|demos?|scripts|tools|benchmarks?|migrations|fixtures)(\/|$)/;
/**
 * Oryx's order first (a Django project one folder down, then the root), then the folders App
 * Service would not look in, shallowest first, tests and examples last.
 */
function searched(snap, at, notices) {
    const django = djangoProject(snap, at, notices);
    if (django)
        return django;
    const usual = searchFolders(snap);
    const deeper = deepFolders(snap)
        .filter((d) => snap.listings.has(d) && !usual.includes(d))
        .sort((a, b) => searchDepth(a) - searchDepth(b) || a.localeCompare(b));
    const ordered = [...usual, ...deeper].sort((a, b) => side(a) - side(b));
    const hits = [];
    for (const dir of ordered) {
        const hit = appIn(snap, dir, at, hits.length === 0 ? notices : []);
        if (hit)
            hits.push(hit);
        if (hits.length > MAX_LISTED)
            break;
    }
    const [pick, ...others] = hits;
    if (!pick)
        return undefined;
    const also = others.length > 0 ? [alsoFound(pick, others, at)] : [];
    if (pick.file === baseName(pick.file))
        return { ...pick, findings: [...pick.findings, ...also] };
    const note = {
        level: "notice",
        message: `Found the app in ${pick.file}. App Service looks only at the app root, so it would not find it by itself; the startup command ${pick.chdir ? `starts in ${pick.chdir} with --chdir and ` : ""}loads ${pick.module}.`,
        ...at(pick.file, pick.object?.line),
    };
    return { ...pick, findings: [...pick.findings, note, ...also] };
}
const MAX_LISTED = 5;
const side = (dir) => (SIDE_FOLDER.test(dir) ? 1 : 0);
function alsoFound(pick, others, at) {
    const list = others
        .slice(0, MAX_LISTED)
        .map((o) => `${o.file} (${o.object ? FRAMEWORK_TITLES[o.object.framework] : "app"})`)
        .join(", ");
    return {
        level: "notice",
        message: `Also found ${list}. ${pick.file} was chosen: App Service's own places come first, then the shallowest folder, with tests and examples last. Set app-module to serve another.`,
        ...at(pick.file, pick.object?.line),
    };
}
/** Oryx: the first direct subfolder (virtualenvs skipped) that holds wsgi.py. */
function djangoProject(snap, at, notices) {
    for (const dir of [...codeFolders(snap, ""), ...nestedProjects(snap)]) {
        // A project served only over ASGI has asgi.py, or an asgi/ package, and no wsgi.py.
        const wsgi = ["wsgi.py", "asgi.py", "asgi/__init__.py"]
            .map((f) => joinPath(dir, f))
            .find((f) => exists(snap, f));
        if (!wsgi)
            continue;
        const objects = appObjects(snap, wsgi);
        // A folder with a wsgi.py that is not Django (a Flask app's entry) is for the next steps.
        if (objects.length > 0 && objects[0].framework !== "django")
            continue;
        if (!wsgi.endsWith("wsgi.py") && objects[0]?.framework !== "django")
            continue;
        const place = importPathOf(snap, wsgi, 1);
        if ("error" in place) {
            notices.push(skipped(wsgi, place.error, at));
            continue;
        }
        const object = objects.find((o) => o.name === "application");
        // Oryx looks only one folder down: a project below that is found here, not by App Service.
        const nested = place.chdir
            ? [
                {
                    level: "notice",
                    message: `Found the Django project in ${place.chdir}/ (${place.chdir}/manage.py). App Service looks only at the app root, so it would not find it by itself; the startup command starts in ${place.chdir} with --chdir and loads ${place.module}.`,
                    ...at(wsgi),
                },
            ]
            : [];
        return {
            file: wsgi,
            module: place.module,
            chdir: place.chdir,
            callable: "application",
            factory: false,
            object,
            findings: nested,
        };
    }
    return undefined;
}
/** In one folder: FastAPI in Oryx's FastAPI order, then Oryx's Flask order, then the rest. */
function appIn(snap, dir, at, notices) {
    const files = [...ORYX_FASTAPI_FILES, ...ORYX_FLASK_FILES, ...APP_FILES, "__init__.py"]
        .map((f) => joinPath(dir, f))
        .filter((f, i, all) => all.indexOf(f) === i && snap.files.has(f));
    const candidates = files.flatMap((file) => {
        const object = appObjects(snap, file)[0];
        return object ? [{ file, object }] : [];
    });
    const pick = candidates.find((c) => c.object.framework === "fastapi") ??
        candidates.find((c) => c.object.framework === "flask") ??
        candidates[0];
    if (!pick)
        return undefined;
    const place = importPathOf(snap, pick.file);
    if ("error" in place) {
        notices.push(skipped(pick.file, place.error, at));
        return undefined;
    }
    return {
        file: pick.file,
        module: place.module,
        chdir: place.chdir,
        callable: pick.object.name,
        factory: pick.object.factory,
        object: pick.object,
        findings: pick.object.factory ? [factoryNotice(pick.file, place.module, pick.object, at)] : [],
    };
}
/** Nothing recognisable: start `<file>:app` as Oryx would, and say that it is a guess. */
function guessed(file, at, notices) {
    const stem = file.replace(/\.py$/, "");
    return {
        file,
        module: stem,
        chdir: undefined,
        callable: "app",
        factory: false,
        object: undefined,
        findings: [
            ...notices,
            {
                level: "warning",
                message: `${file} binds no app object gunicorn-tuner recognises (Flask, FastAPI, Starlette, Quart, Litestar, Django), so this is App Service's own guess, ${stem}:app, served as a WSGI app. Set app-module if the app lives elsewhere.`,
                ...at(file),
            },
        ],
    };
}
function factoryNotice(file, module, object, at) {
    return {
        level: "notice",
        message: `${file} has no module-level app, only the factory ${object.name}(). App Service on its own would start ${module}:app and fail; the startup command calls ${module}:${object.name}() instead.`,
        ...at(file, object.line),
    };
}
function skipped(file, why, at) {
    return {
        level: "notice",
        message: `Skipped ${file}: ${why}. App Service's own detection would fail on it too; rename it, or set app-module and working-directory.`,
        ...at(file),
    };
}

;// CONCATENATED MODULE: ./src/core/detect/worker-class.ts
// The worker class an ASGI app needs, from what the app's own build installs. A sync or gthread
// worker boots an ASGI app and then fails every request, so there is no WSGI fallback.

/** gunicorn's own ASGI worker is stable from 25.1 (beta since 24.0). */
const GUNICORN_ASGI_SINCE = "25.1";
/** Extras of these packages pull in uvicorn. */
const BRINGS_UVICORN = {
    fastapi: ["standard", "all"],
};
function chooseAsgiWorker(build) {
    const deps = build.dependencies;
    const from = build.file ?? "the build input";
    if (deps.has("uvicorn-worker")) {
        return {
            workerClass: "uvicorn_worker.UvicornWorker",
            why: `An ASGI app needs an event-loop worker; ${from} installs uvicorn-worker, whose uvicorn_worker.UvicornWorker is the one App Service's own start-up uses for FastAPI.`,
        };
    }
    const viaExtra = Object.entries(BRINGS_UVICORN).find(([pkg, extras]) => deps.get(pkg)?.extras.some((e) => extras.includes(e)));
    if (deps.has("uvicorn") || viaExtra) {
        const source = deps.has("uvicorn") ? "uvicorn" : `${viaExtra[0]}[${viaExtra[1][0]}]`;
        return {
            workerClass: "uvicorn.workers.UvicornWorker",
            why: `An ASGI app needs an event-loop worker; ${from} installs ${source}, which ships uvicorn.workers.UvicornWorker (deprecated upstream in favour of the uvicorn-worker package, still shipped).`,
        };
    }
    const gunicorn = [
        ...(deps.get("gunicorn")?.specs ?? []),
        ...(build.constraints.get("gunicorn") ?? []),
    ];
    if (guaranteesAtLeast(gunicorn, GUNICORN_ASGI_SINCE)) {
        return {
            workerClass: "asgi",
            why: `An ASGI app needs an event-loop worker; ${from} pins gunicorn ≥ ${GUNICORN_ASGI_SINCE}, whose own asgi worker serves it without uvicorn.`,
        };
    }
    // Never a sync or gthread command for an ASGI app: the command is the one the fix makes work.
    return {
        error: `This is an ASGI app, which gunicorn's sync and gthread workers cannot serve (they boot, then fail every request), and ${from} installs no ASGI worker. Add uvicorn-worker (it brings uvicorn) to ${from}, as the command assumes, or pin gunicorn>=${GUNICORN_ASGI_SINCE} and use --worker-class asgi.`,
        workerClass: "uvicorn_worker.UvicornWorker",
        why: `An ASGI app needs an event-loop worker: uvicorn_worker.UvicornWorker, once ${from} installs uvicorn-worker.`,
    };
}

;// CONCATENATED MODULE: ./src/core/detect/layout.ts













/** Servers that run a Django project's asgi.py (and Channels, which needs one). */
const ASGI_SERVERS = ["uvicorn", "uvicorn-worker", "daphne", "hypercorn", "channels"];
function checkLayout(snap, appModule) {
    const at = (rel, line) => repoLocation(snap, rel, line);
    const entries = readEntryPoints(snap);
    const build = withBootInstalls(readBuildInputs(snap.files, (f) => exists(snap, f)), entries.installs, snap.files);
    const found = appModule === "auto" ? detect(snap, at, entries.starts) : locate(snap, appModule, at);
    const base = { build: { tool: build.tool, file: build.file } };
    const unread = [...unreadFindings(snap, at), ...conflictFindings(snap, at)];
    if ("error" in found) {
        return {
            ...base,
            module: undefined,
            chdir: undefined,
            framework: "unknown",
            protocol: "wsgi",
            appWorker: undefined,
            appFile: undefined,
            findings: [
                found.error,
                ...found.notices,
                ...unread,
                ...buildFindings(snap, build, undefined, at),
            ],
        };
    }
    const located = preferAsgiDjango(snap, found, build);
    const framework = located.object?.framework ?? "unknown";
    const protocol = located.object?.protocol ?? "wsgi";
    const asgi = protocol === "asgi" ? chooseAsgiWorker(build) : undefined;
    const documented = asgi ? undefined : documentedWorker(snap, build, startup_plan/* STARTUP_FILES */._T);
    const findings = [
        ...located.findings,
        ...unread,
        ...checkCallable(snap, located, at),
        ...checkRunCalls(snap, located, at),
        ...buildFindings(snap, build, located, at),
        ...(asgi && "error" in asgi
            ? [{ level: "error", message: asgi.error }]
            : []),
        ...(documented && "error" in documented
            ? [{ level: "error", message: documented.error }]
            : []),
    ];
    const worker = asgi ?? (documented && "workerClass" in documented ? documented : undefined);
    return {
        ...base,
        module: `${located.module}:${located.callable}${located.factory ? "()" : ""}`,
        chdir: located.chdir,
        framework,
        protocol,
        appWorker: worker && { workerClass: worker.workerClass, why: worker.why },
        appFile: located.file,
        findings,
    };
}
/** A Django project whose build installs an ASGI server is served through its asgi.py. */
function preferAsgiDjango(snap, found, build) {
    if (found.object?.framework !== "django" || !found.file.endsWith("/wsgi.py"))
        return found;
    if (!ASGI_SERVERS.some((s) => build.dependencies.has(s)))
        return found;
    const asgiFile = found.file.replace(/wsgi\.py$/, "asgi.py");
    const object = appObjects(snap, asgiFile).find((o) => o.name === "application");
    if (object?.protocol !== "asgi")
        return found;
    return { ...found, file: asgiFile, module: found.module.replace(/wsgi$/, "asgi"), object };
}
/** An explicit app-module: at the root, or else in exactly one search folder (→ --chdir). */
function locate(snap, appModule, at) {
    const { folder, module } = splitAppModule(appModule);
    const [modulePart, callablePart] = module.split(":");
    const factory = callablePart?.endsWith("()") ?? false;
    // gunicorn's default callable when none is named is `application`.
    const callable = callablePart ? callablePart.replace("()", "") : "application";
    const candidates = explicitModuleFiles(appModule);
    // A module given with its folder (site/proj.wsgi) is looked for there alone.
    const hits = (folder ? [""] : searchFolders(snap)).flatMap((dir) => candidates
        .filter((f) => exists(snap, joinPath(dir, f)))
        .map((f) => ({ dir, file: joinPath(dir, f) })));
    const root = hits.find((h) => h.dir === "");
    const pick = root ?? (hits.length === 1 ? hits[0] : undefined);
    if (!pick) {
        const where = hits.length > 1
            ? ` It exists in several subfolders (${hits.map((h) => h.dir).join(", ")}): set working-directory to the one you deploy.`
            : "";
        return {
            error: {
                level: "error",
                message: `app-module ${appModule}: neither ${candidates.join(" nor ")} exists in ${snap.name}/.${where} Check the module path (dots for folders) and working-directory.`,
            },
            notices: [],
        };
    }
    const object = appObjects(snap, pick.file).find((o) => o.name === callable);
    const findings = [];
    if (pick.dir !== "" && !folder) {
        findings.push({
            level: "notice",
            message: `app-module ${appModule} lives in ${pick.dir}/, not at the app root: the startup command changes into ${pick.dir} with --chdir.`,
            ...at(pick.file),
        });
    }
    return {
        file: pick.file,
        module: modulePart,
        chdir: folder || pick.dir || undefined,
        callable,
        factory,
        object: object && { ...object, factory },
        findings,
    };
}
function checkCallable(snap, app, at) {
    const facts = factsOf(snap, app.file);
    // A file that was not read (too large, unreadable) has its own finding; nothing is claimed.
    if (!facts)
        return [];
    const binding = facts.bindings.get(app.callable);
    const spec = (name, call) => `${app.module}:${name}${call ? "()" : ""}`;
    if (!binding) {
        const other = appObjects(snap, app.file)[0];
        const hint = other
            ? ` It defines ${other.name}: use app-module ${spec(other.name, other.factory)}.`
            : facts.syntaxErrorLine
                ? ` Python cannot read it past line ${facts.syntaxErrorLine}: fix the syntax there first.`
                : "";
        return [
            {
                level: "error",
                message: `${app.file} defines no top-level ${app.callable}, so gunicorn would fail to load ${spec(app.callable, app.factory)}.${hint}`,
                ...at(app.file),
            },
        ];
    }
    if (app.factory && binding.kind === "def" && binding.requiredParams > 0) {
        return [
            {
                level: "error",
                message: `${app.callable}() in ${app.file} takes ${(0,words/* plural */.L)(binding.requiredParams, "required argument")}, but gunicorn calls the factory with none. Give them defaults.`,
                ...at(app.file, binding.line),
            },
        ];
    }
    if (app.factory && (binding.kind === "value" || binding.kind === "class")) {
        return [
            {
                level: "warning",
                message: `${app.callable} in ${app.file} is ${binding.kind === "class" ? "a class" : "assigned, not defined with def"}; check that calling it with no arguments returns the app.`,
                ...at(app.file, binding.line),
            },
        ];
    }
    const object = appObjects(snap, app.file).find((o) => o.name === app.callable);
    if (!app.factory && object?.factory) {
        return [
            {
                level: "warning",
                message: `${app.callable} in ${app.file} is an app factory: gunicorn would serve the function itself. Use ${spec(app.callable, true)} to call it.`,
                ...at(app.file, binding.line),
            },
        ];
    }
    return [];
}
/** `app.run()` or `uvicorn.run(app)` at import time starts a second server inside a worker. */
function checkRunCalls(snap, app, at) {
    const facts = factsOf(snap, app.file);
    if (!facts)
        return [];
    const apps = new Set(appObjects(snap, app.file).map((o) => o.name));
    const call = facts.runCalls.find((c) => apps.has(c.object) || c.object === "uvicorn");
    if (!call)
        return [];
    return [
        {
            level: "error",
            message: `${app.file} starts a development server at import time, so gunicorn's workers would hang while booting. Move the \`${call.object}.run(...)\` call under \`if __name__ == "__main__":\`.`,
            ...at(app.file, call.line),
        },
    ];
}
function buildFindings(snap, build, app, at) {
    if (build.tool === undefined) {
        const nested = app?.chdir && exists(snap, joinPath(app.chdir, REQUIREMENTS));
        return [
            {
                level: "error",
                message: `No ${REQUIREMENTS} at the app root (${snap.name}/)${nested ? ` (${app.chdir}/${REQUIREMENTS} is not read: it must sit at the root)` : ""}, and no setup.py or pyproject.toml either. App Service's build installs packages only from those, so the app would fail at boot with ModuleNotFoundError. Add ${REQUIREMENTS}, listing your framework and gunicorn.`,
            },
        ];
    }
    const file = build.file;
    const findings = [...build.findings];
    // A build file (or an include) that was not read has its own finding; claim nothing about it.
    if (snap.unread.some((u) => u.path === file || /\.(txt|toml)$/.test(u.path)))
        return findings;
    const framework = app?.object?.framework;
    if (framework && !providesFramework(build, framework)) {
        const title = FRAMEWORK_TITLES[framework];
        findings.push({
            level: "error",
            message: `${file} does not list ${title}, which the app imports: App Service would not install it and the app would fail at boot. Add ${title} to it.`,
            ...at(file),
        });
    }
    if (app)
        findings.push(...missingImportFindings(snap, build, app.file, at));
    if (!build.dependencies.has("gunicorn")) {
        findings.push({
            level: "warning",
            message: `${file} does not list gunicorn. App Service's image brings one, but pin your own so the flags this command uses behave as tested.`,
            ...at(file),
        });
    }
    return findings;
}
function providesFramework(build, framework) {
    // FastAPI is built on Starlette and installs it.
    if (framework === "starlette" && build.dependencies.has("fastapi"))
        return true;
    return build.dependencies.has(framework);
}

;// CONCATENATED MODULE: ./src/core/sizing/connection-budget.ts

/**
 * User connections of Azure Database for PostgreSQL flexible server's smallest tier (Burstable
 * B1ms: 50, less 15 it reserves), from Microsoft Learn's "Limits" page for flexible server.
 */
const SMALL_DATABASE_CONNECTIONS = 35;
/**
 * Keeps processes (parallel CPU) and takes threads away first: at most `max` requests in flight.
 * An event-loop worker's requests in flight are bounded by the app's own pool, not by threads,
 * so for it only the workers are capped.
 */
function capToConnections(slots, max, eventLoop) {
    if (max === undefined)
        return { ...slots, why: undefined };
    const { workers, threads } = slots;
    if (eventLoop) {
        if (workers <= max)
            return { ...slots, why: undefined };
        return { workers: max, threads, why: `capped at max-connections ${max}: one pool per worker` };
    }
    if (workers * threads <= max)
        return { ...slots, why: undefined };
    const cappedWorkers = Math.min(workers, max);
    const cappedThreads = Math.max(1, Math.floor(max / cappedWorkers));
    return {
        workers: cappedWorkers,
        threads: cappedThreads,
        why: `capped at max-connections ${max}: ${cappedWorkers} × ${cappedThreads} = ${cappedWorkers * cappedThreads} requests in flight, each of which may hold a connection`,
    };
}
/**
 * The connections the sizing may hold: counted from the app's own pool when it configures one,
 * else estimated, and said when that is many and max-connections is not set.
 */
function connectionFindings(slots, max, eventLoop, pool) {
    if (pool)
        return poolFindings(slots, max, eventLoop, pool);
    if (max !== undefined)
        return [];
    const inFlight = slots.workers * slots.threads;
    if (eventLoop) {
        if (slots.workers * 5 <= SMALL_DATABASE_CONNECTIONS)
            return [];
        return [
            {
                level: "notice",
                message: `${(0,words/* plural */.L)(slots.workers, "event-loop worker")} each keep their own connection pool: at SQLAlchemy's default of 5 (+10 overflow) that is ${slots.workers * 5}–${slots.workers * 15} database connections, more than the ${SMALL_DATABASE_CONNECTIONS} a small managed database allows (Azure Database for PostgreSQL, Burstable B1ms). Set max-connections to what the database allows this app (per instance) to cap the workers.`,
            },
        ];
    }
    if (inFlight <= SMALL_DATABASE_CONNECTIONS)
        return [];
    return [
        {
            level: "notice",
            message: `${(0,words/* plural */.L)(slots.workers, "worker")} × ${(0,words/* plural */.L)(slots.threads, "thread")} = ${inFlight} requests in flight, and each may hold a database connection (a pool per worker; Django keeps one per thread): more than the ${SMALL_DATABASE_CONNECTIONS} user connections of a small managed database (Azure Database for PostgreSQL, Burstable B1ms). If the app's database or a downstream service allows fewer, set max-connections to that limit (per instance; divide it by the instances when scaled out).`,
        },
    ];
}
/** A worker opens at most its pool's connections, and no more than it has threads to use. */
function poolFindings(slots, max, eventLoop, pool) {
    const { workers, threads } = slots;
    const where = { file: pool.file, line: pool.line };
    const perWorker = pool.perProcess === undefined
        ? threads
        : eventLoop
            ? pool.perProcess
            : Math.min(threads, pool.perProcess);
    const how = pool.perProcess === undefined ? `${pool.what}: one per thread` : pool.what;
    const limit = max === undefined
        ? " Check that the database allows that many, or set max-connections to its limit per instance."
        : ` Within max-connections ${max}.`;
    const findings = [
        {
            level: "notice",
            message: `Up to ${workers * perWorker} database connections at peak per instance: ${(0,words/* plural */.L)(workers, "worker")} × ${perWorker} (${how}).${limit}`,
            ...where,
        },
    ];
    if (!eventLoop && pool.perProcess !== undefined && pool.perProcess < threads) {
        findings.push({
            level: "warning",
            message: `Each worker runs ${threads} threads but its pool holds ${pool.perProcess} connections (${pool.what}): at peak the other ${threads - pool.perProcess} requests wait for a connection, up to pool_timeout (30 s by default). Raise max_overflow by ${threads - pool.perProcess}.`,
            ...where,
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/core/shared-state/kinds.ts
// What several gunicorn workers break, kind by kind: each worker is a separate process that
// imports the app on its own, so whatever the app starts at import runs once per worker, and
// whatever it keeps in memory exists once per worker. Oryx reverted CPU-sized workers for this
// reason (microsoft/Oryx #274 → #375).
/** What breaks with several processes, and the way out, per kind. */
const CONSEQUENCES = {
    scheduler: {
        breaks: "each job runs once per worker",
        wayOut: "run the jobs in one place (a WebJob, an Azure Functions timer or a separate process)",
    },
    thread: {
        breaks: "each worker starts its own copy, with its own copy of what it fills",
        wayOut: "move the thread's work to a separate process or a WebJob",
    },
    store: {
        breaks: "each worker keeps its own copy, and a request sees only its worker's",
        wayOut: "keep the data in Redis or the database",
    },
    session: {
        breaks: "each worker keeps its own sessions, so users lose them when a request reaches another",
        wayOut: "store sessions in the database, Redis or signed cookies",
    },
    cache: {
        breaks: "each worker keeps its own cache, and an entry cleared in one stays in the others",
        wayOut: "use a shared cache such as Redis",
    },
    limiter: {
        breaks: "each worker counts on its own, multiplying every limit by the workers",
        wayOut: 'keep the counts in Redis (storage_uri="redis://…")',
    },
    socketio: {
        breaks: "a client's next request can reach a worker that does not know its connection or rooms",
        wayOut: "add a message queue (message_queue=) and keep ARR affinity on",
    },
};

;// CONCATENATED MODULE: ./src/core/sizing/one-process.ts
// One worker for an app that keeps state in its process (shared-state/): the requests in flight
// the sizing wanted move into one process as threads, which share the app's state and still
// overlap their waits. Event-loop workers already serve many requests from one process.




function keepOneProcess(sizing, hazard, input, eventLoop) {
    const { breaks, wayOut } = CONSEQUENCES[hazard.kind];
    const found = `${hazard.file} line ${hazard.line} ${hazard.what}, and with several workers ${breaks}`;
    const more = `To use more, ${wayOut} or set allow-multiple-workers: true.`;
    if (sizing.workers === 1) {
        return {
            ...sizing,
            workersWhy: `One, and it must stay one: ${found}.`,
            evidence: EVIDENCE.oneProcess,
        };
    }
    const threads = eventLoop ? 1 : threadsToHold(sizing.workers * sizing.threads, 1);
    const cpu = input.cores > 1 ? `, though the plan has ${input.cores} vCPU` : "";
    return {
        workers: 1,
        threads,
        workersWhy: `One${cpu}: ${found}. ${more}`,
        evidence: EVIDENCE.oneProcess,
        threadsWhy: eventLoop
            ? sizing.threadsWhy
            : `${threads}: one process holds the ${sizing.workers * sizing.threads} requests in flight that ${sizing.workers} × ${sizing.threads} would, and its threads share the app's state while they overlap their waits.`,
        findings: memoryFindings(input, 1, threads, 1),
    };
}

;// CONCATENATED MODULE: ./src/core/sizing/timeout.ts
// gunicorn's --timeout: what it means for each worker class, and App Service's front-end limit.

/** App Service's front end cuts a request off after about 230 s (not configurable). */
const FRONT_END_TIMEOUT_S = 230;
function chooseTimeout(requested, workerClass) {
    const effect = workerClass === "sync"
        ? "a sync worker busy longer than this is killed and restarted"
        : `with ${(0,command/* isThreadedClass */.So)(workerClass) ? "gthread" : "an event-loop worker"} it is only how long a silent worker may go before it is restarted`;
    if (requested === undefined) {
        return {
            value: FRONT_END_TIMEOUT_S,
            why: `App Service's front end drops a request after ${FRONT_END_TIMEOUT_S} s, so a longer timeout serves nobody; ${effect}.`,
            findings: [],
        };
    }
    if (requested > FRONT_END_TIMEOUT_S) {
        const message = `timeout ${requested} s was capped at ${FRONT_END_TIMEOUT_S} s: App Service's front end cuts every request off after ${FRONT_END_TIMEOUT_S} s, so a worker kept busy longer works for a client that is gone.`;
        return {
            value: FRONT_END_TIMEOUT_S,
            why: message,
            findings: [{ level: "notice", message }],
        };
    }
    return { value: requested, why: `As requested (timeout); ${effect}.`, findings: [] };
}

;// CONCATENATED MODULE: ./src/core/sizing/recommend.ts
// The recommender: plain data in, plain data out. Every number comes with the reason for it.
// The exact-share rule lives in exact-share.ts; presets (presets.ts) and event-loop workers are
// sized here, then capped to max-connections, and the worker class and timeout are chosen.













function recommend(input) {
    const eventLoop = input.appWorker !== undefined;
    const sized = eventLoop
        ? sizeEventLoop(input)
        : input.preset
            ? sizePreset(input, input.preset)
            : sizeExact(input);
    const sizing = withinConnections(input.oneProcess ? keepOneProcess(sized, input.oneProcess, input, eventLoop) : sized, input, eventLoop);
    const workerClass = input.appWorker?.workerClass ?? (sizing.threads > 1 ? "gthread" : "sync");
    const timeout = chooseTimeout(input.timeout, workerClass);
    const workerConnections = workerConnectionsFor(sizing.workers, sizing.threads, workerClass);
    const budgetMb = memoryBudget(input);
    const estimatedMb = Math.round(MASTER_MEMORY_MB + sizing.workers * perWorkerMemory(input, sizing.threads));
    const config = {
        module: input.module,
        host: "0.0.0.0",
        port: input.port,
        workers: sizing.workers,
        threads: sizing.threads,
        workerClass,
        timeout: timeout.value,
        accessLog: true,
        ...(workerConnections ? { workerConnections } : {}),
        ...(input.chdir ? { chdir: input.chdir } : {}),
    };
    return {
        config,
        maxConcurrency: sizing.workers * sizing.threads,
        reasons: {
            workers: twoSentences(sizing.workersWhy),
            threads: twoSentences(sizing.threadsWhy),
            workerClass: input.appWorker?.why ??
                (workerClass === "gthread"
                    ? workerConnections
                        ? spreadWhy(sizing.workers, sizing.threads)
                        : "More than one thread per worker needs gunicorn's threaded worker (gthread)."
                    : "One thread per worker: gunicorn's plain sync worker has the least overhead."),
            timeout: timeout.why,
        },
        evidence: {
            workers: sizing.evidence,
            threads: sizing.evidence,
            workerClass: (0,command/* isGreenletClass */.v6)(workerClass)
                ? undefined
                : eventLoop
                    ? EVIDENCE.eventLoop
                    : workerConnections
                        ? EVIDENCE.connectionCap
                        : undefined,
            timeout: EVIDENCE.timeout,
        },
        memory: { estimatedMb, budgetMb: Math.round(budgetMb) },
        findings: [
            ...sizing.findings,
            ...timeout.findings,
            ...cpuFindings(input),
            ...connectionFindings(sizing, input.maxConnections, eventLoop, input.pool),
        ],
    };
}
function withinConnections(sizing, input, eventLoop) {
    const capped = capToConnections(sizing, input.maxConnections, eventLoop);
    if (capped.why === undefined)
        return sizing;
    const note = (why, changed) => changed ? `${firstSentence(why)} Then ${capped.why}.` : why;
    return {
        ...sizing,
        evidence: EVIDENCE.connections,
        workers: capped.workers,
        threads: capped.threads,
        workersWhy: note(sizing.workersWhy, capped.workers !== sizing.workers),
        threadsWhy: note(sizing.threadsWhy, capped.threads !== sizing.threads),
    };
}
/**
 * A preset stands for a band of wait shares: on 1 vCPU its configuration is the one measured to
 * hold up across the band (presets.ts). On larger plans the preset says whether that
 * configuration scales per vCPU or the rule at its nominal share does better, as measured on 2.
 * Workers memory cannot hold hand their slots to threads.
 */
function sizePreset(input, preset) {
    const p = PRESETS[preset];
    const { cores } = input;
    if (cores > 1 && p.largerPlans.scale === "nominal-share") {
        const rule = sizeExact({ ...input, ioWaitRatio: p.nominal });
        if (rule.evidence === EVIDENCE.memory)
            return rule;
        const workersWhy = `${firstSentence(rule.workersWhy)} ${p.largerPlans.why}`;
        return { ...rule, workersWhy, evidence: EVIDENCE.largerPlans };
    }
    const wanted = Math.min(command/* LIMITS */.b1.workers.max, p.oneVcpu.workers * cores);
    const { threads: shapeThreads } = p.oneVcpu;
    const fits = Math.max(1, Math.min(wanted, maxWorkersInMemory(input, shapeThreads)));
    const slots = wanted * shapeThreads;
    const threads = fits < wanted ? threadsToHold(slots, fits) : shapeThreads;
    const [lo, hi] = p.band.map(words/* waitPercent */.D);
    const source = input.ioSource === `the ${preset} profile` ? "" : `, ${input.ioSource}`;
    const perVcpu = cores > 1 ? ` (${p.oneVcpu.workers} per vCPU)` : "";
    const larger = cores > 1 ? ` ${p.largerPlans.why}` : "";
    return {
        workers: fits,
        threads,
        workersWhy: fits < wanted
            ? memoryWhy(input, fits, wanted)
            : `${cores} vCPU and the ${preset} profile (apps that wait ${lo}–${hi}% of each request${source}): ${(0,words/* plural */.L)(wanted, "worker")}${perVcpu}, the configuration that held up best across that band.${larger}`,
        threadsWhy: threads === 1
            ? `None: across the ${preset} band ${(0,words/* plural */.L)(fits, "sync worker")} carry the requests in flight, and threads in one process compute one at a time (the GIL).`
            : `${threads} per worker: threads let a process overlap its requests' waits without switching processes.`,
        evidence: fits < wanted ? EVIDENCE.memory : cores > 1 ? EVIDENCE.largerPlans : EVIDENCE.presets,
        findings: memoryFindings(input, fits, threads, wanted),
    };
}
/**
 * An event-loop worker serves every request that awaits I/O from one thread, and FastAPI runs
 * plain `def` endpoints in its thread pool, so one loop keeps a core busy by itself. Measured on
 * one vCPU with gunicorn 26.2 and uvicorn workers (docs/benchmarks.md, ASGI): one worker was the
 * best at 0 %, 50 % and 95 % waiting, for async and def endpoints alike, while 2 to 6 workers
 * on the same core fell as low as 0.34 of it (async, 50 % waiting). Hence one per vCPU, no spare.
 */
function sizeEventLoop(input) {
    const { cores } = input;
    const inMemory = Math.max(1, Math.min(cores, maxWorkersInMemory(input, 1)));
    const workers = Math.min(inMemory, command/* LIMITS */.b1.workers.max);
    // gevent runs greenlets, not an asyncio loop: the same one-per-vCPU shape, not benchmarked.
    const gevent = (0,command/* isGreenletClass */.v6)(input.appWorker?.workerClass ?? "");
    return {
        workers,
        threads: 1,
        workersWhy: inMemory < cores
            ? memoryWhy(input, workers, cores)
            : workers < inMemory
                ? `${cores} vCPU: one event loop per vCPU, capped at ${command/* LIMITS */.b1.workers.max}, the most workers gunicorn-tuner states.`
                : gevent
                    ? `${cores} vCPU: one gevent worker per vCPU runs its requests as greenlets that yield while they wait, so one process keeps its core busy.`
                    : `${cores} vCPU: one event loop per vCPU keeps its core busy by itself, whatever the wait share (${Math.round(input.ioWaitRatio * 100)}%, ${input.ioSource}), and more loops on one core lowered throughput with async endpoints.`,
        threadsWhy: gevent
            ? "None: a gevent worker runs each request as a greenlet, up to --worker-connections at once, so --threads does not apply."
            : "None: an event-loop worker serves every request that awaits I/O from one thread, so --threads does not apply.",
        evidence: inMemory < cores ? EVIDENCE.memory : gevent ? undefined : EVIDENCE.eventLoop,
        findings: memoryFindings(input, workers, 1, cores),
    };
}
function cpuFindings(input) {
    if (!input.sharedCpu)
        return [];
    return [
        {
            level: "warning",
            message: "The F1 plan shares one core with other tenants and allows 60 CPU-minutes a day: the numbers assume one core, but throughput will be far lower and stop when the quota runs out.",
        },
    ];
}

// EXTERNAL MODULE: ./src/core/python/python-nodes.ts
var python_nodes = __nccwpck_require__(7298);
;// CONCATENATED MODULE: ./src/core/shared-state/settings.ts

/** Only upper-case names are settings in Django and Flask alike. */
const SETTING_NAME = /^[A-Z][A-Z0-9_]*$/;
function collectSettings(trees) {
    const out = new Map();
    const add = (tree, key, node) => {
        if (!SETTING_NAME.test(key))
            return;
        const list = out.get(key) ?? [];
        list.push({ file: tree.file, line: tree.line(node), node, tree, text: tree.stringValue(node) });
        out.set(key, list);
    };
    for (const tree of trees) {
        (0,python_nodes/* walk */.GG)(tree.top, (n) => {
            if (n.name === "AssignStatement") {
                const parts = (0,python_nodes/* children */.Y_)(n);
                const value = parts[parts.length - 1];
                for (const target of parts.slice(0, -2)) {
                    if (target.name === "VariableName")
                        add(tree, tree.text(target), value);
                    const key = target.name === "MemberExpression" ? subscriptKey(tree, target) : undefined;
                    if (key)
                        add(tree, key, value);
                }
            }
            else if (n.name === "DictionaryExpression") {
                for (const [key, value] of dictEntries(tree, n))
                    add(tree, key, value);
            }
            else if (n.name === "CallExpression") {
                for (const [key, value] of tree.keywords(n))
                    add(tree, key, value);
            }
        });
    }
    return out;
}
/** `app.config["KEY"]` → KEY. */
function subscriptKey(tree, target) {
    if (!target.getChild("["))
        return undefined;
    return tree.stringValue(target.getChild("String"));
}
/** A dict literal's entries whose keys are plain strings. */
function dictEntries(tree, dict) {
    const out = new Map();
    const parts = (0,python_nodes/* children */.Y_)(dict);
    for (let i = 0; i + 2 < parts.length; i++) {
        if (parts[i + 1].name !== ":")
            continue;
        const key = tree.stringValue(parts[i]);
        if (key !== undefined)
            out.set(key, parts[i + 2]);
    }
    return out;
}
/** The last plain-string value given to a setting, if every value given is known. */
function stringSetting(settings, key) {
    const list = settings.get(key);
    const last = list?.[list.length - 1];
    return last?.text !== undefined ? last : undefined;
}

;// CONCATENATED MODULE: ./src/core/shared-state/databases.ts


/** SQLAlchemy's QueuePool defaults: pool_size 5, max_overflow 10. */
const SQLALCHEMY_POOL = { size: 5, overflow: 10 };
const SQLITE_URL = /^sqlite(\+\w+)?:\/\/\/(?!:memory:)./;
const WRITE_SQL = /^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE)\b/i;
const ENGINES = new Set(["sqlalchemy.create_engine", "sqlalchemy.ext.asyncio.create_async_engine"]);
function sqliteUses(trees, settings) {
    const uses = [];
    let writes = false;
    for (const tree of trees) {
        (0,python_nodes/* walk */.GG)(tree.top, (n) => {
            const text = n.name === "String" ? tree.stringValue(n) : undefined;
            if (text !== undefined && SQLITE_URL.test(text))
                uses.push({ file: tree.file, line: tree.line(n), what: "connects to a SQLite file" });
            if (text !== undefined && WRITE_SQL.test(text))
                writes = true;
            if (n.name !== "CallExpression")
                return;
            const callee = tree.callee(n);
            if (callee === "sqlite3.connect")
                uses.push({
                    file: tree.file,
                    line: tree.line(n),
                    what: "opens a SQLite file with sqlite3",
                });
            if (/\.(commit|create_all|executescript)$/.test(callee))
                writes = true;
        });
    }
    const django = djangoEngine(settings);
    // Django writes on its own (sessions, auth), so a SQLite database there is always written.
    if (django?.engine.endsWith("sqlite3")) {
        return [{ file: django.file, line: django.line, what: "uses Django's SQLite backend" }];
    }
    return writes ? uses.slice(0, 1) : [];
}
/** Connections per worker process, from the first pool the app configures. */
function connectionPools(trees, settings) {
    const pools = [];
    for (const tree of trees) {
        (0,python_nodes/* walk */.GG)(tree.top, (n) => {
            if (n.name !== "CallExpression")
                return;
            const callee = tree.callee(n);
            if (ENGINES.has(callee))
                pools.push(pool(tree, n, tree.keywords(n), "create_engine()"));
            if (callee === "flask_sqlalchemy.SQLAlchemy") {
                const options = tree.keywords(n).get("engine_options") ??
                    settings.get("SQLALCHEMY_ENGINE_OPTIONS")?.at(-1)?.node;
                const entries = options?.name === "DictionaryExpression" ? dictEntries(tree, options) : new Map();
                pools.push(pool(tree, n, entries, "Flask-SQLAlchemy"));
            }
        });
    }
    const django = djangoEngine(settings);
    if (django && !django.engine.endsWith("sqlite3")) {
        pools.push({ file: django.file, line: django.line, perProcess: undefined, what: "Django" });
    }
    return pools.slice(0, 1);
}
function pool(tree, call, options, what) {
    const number = (key, fallback) => {
        const node = options.get(key);
        const value = node?.name === "Number" ? Number(tree.text(node)) : NaN;
        return Number.isInteger(value) && value >= 0 ? value : fallback;
    };
    const size = number("pool_size", SQLALCHEMY_POOL.size);
    const overflow = number("max_overflow", SQLALCHEMY_POOL.overflow);
    // NullPool opens a connection per use: one per thread at most, like Django.
    const nullPool = /NullPool$/.test(options.get("poolclass") ? tree.text(options.get("poolclass")) : "");
    return {
        file: tree.file,
        line: tree.line(call),
        perProcess: nullPool ? undefined : size + overflow,
        what: `${what} (pool_size ${size} + max_overflow ${overflow})`,
    };
}
function djangoEngine(settings) {
    const databases = settings.get("DATABASES")?.at(-1);
    if (databases?.node.name !== "DictionaryExpression")
        return undefined;
    const entry = dictEntries(databases.tree, databases.node).get("default");
    if (entry?.name !== "DictionaryExpression")
        return undefined;
    const engine = databases.tree.stringValue(dictEntries(databases.tree, entry).get("ENGINE"));
    return engine ? { engine, file: databases.file, line: databases.line } : undefined;
}

;// CONCATENATED MODULE: ./src/core/shared-state/extensions.ts


const DJANGO_LOCMEM = "django.core.cache.backends.locmem.LocMemCache";
const DJANGO_CACHE_SESSIONS = "django.contrib.sessions.backends.cache";
/** Flask-Caching's per-process cache, under each name it accepts. */
const FLASK_SIMPLE_CACHE = new Set([
    "SimpleCache",
    "simple",
    "flask_caching.backends.SimpleCache",
    "flask_caching.backends.simplecache.SimpleCache",
]);
function extensionHazards(trees, settings) {
    return [
        ...djangoHazards(settings),
        ...flaskCaching(settings),
        ...trees.flatMap((tree) => extensions_constructed(tree, settings)),
    ];
}
function at(s) {
    return { file: s.file, line: s.line };
}
/** Cache-backed sessions on Django's local-memory cache (its default when CACHES is unset). */
function djangoHazards(settings) {
    const caches = settings.get("CACHES")?.at(-1);
    const backend = caches && defaultCacheBackend(caches);
    const engine = stringSetting(settings, "SESSION_ENGINE");
    const out = [];
    if (engine?.text === DJANGO_CACHE_SESSIONS &&
        (caches === undefined || backend === DJANGO_LOCMEM)) {
        const where = caches ? "LocMemCache" : "LocMemCache, Django's default when CACHES is not set";
        out.push({
            kind: "session",
            ...at(engine),
            what: `keeps sessions in the cache, which is ${where}`,
        });
    }
    else if (caches && backend === DJANGO_LOCMEM) {
        out.push({
            kind: "cache",
            ...at(caches),
            what: "uses Django's LocMemCache as its default cache",
        });
    }
    return out;
}
function defaultCacheBackend(caches) {
    if (caches.node.name !== "DictionaryExpression")
        return undefined;
    const entry = dictEntries(caches.tree, caches.node).get("default");
    if (entry?.name !== "DictionaryExpression")
        return undefined;
    return caches.tree.stringValue(dictEntries(caches.tree, entry).get("BACKEND"));
}
function flaskCaching(settings) {
    const type = stringSetting(settings, "CACHE_TYPE");
    if (!type || !FLASK_SIMPLE_CACHE.has(type.text))
        return [];
    return [
        {
            kind: "cache",
            ...at(type),
            what: `sets CACHE_TYPE to ${type.text}, Flask-Caching's in-process cache`,
        },
    ];
}
/** Extensions constructed with their in-memory default: sessions, limits, Socket.IO. */
function extensions_constructed(tree, settings) {
    const out = [];
    (0,python_nodes/* walk */.GG)(tree.top, (n) => {
        if (n.name !== "CallExpression")
            return;
        const hit = inMemoryExtension(tree, n, settings);
        if (hit)
            out.push({ ...hit, file: tree.file, line: tree.line(n) });
    });
    return out;
}
function inMemoryExtension(tree, call, settings) {
    const callee = tree.callee(call);
    const keywords = tree.keywords(call);
    if (callee === "flask_limiter.Limiter") {
        const storage = keywords.get("storage_uri");
        const configured = settings.has("RATELIMIT_STORAGE_URI") || settings.has("RATELIMIT_STORAGE_URL");
        const memory = storage ? tree.stringValue(storage)?.startsWith("memory://") : !configured;
        return memory ? { kind: "limiter", what: "keeps flask-limiter's counts in memory" } : undefined;
    }
    if (callee === "flask_socketio.SocketIO") {
        if (keywords.has("message_queue") || settings.has("SOCKETIO_MESSAGE_QUEUE"))
            return undefined;
        return { kind: "socketio", what: "serves Flask-SocketIO without a message queue" };
    }
    if (callee === "socketio.Server" || callee === "socketio.AsyncServer") {
        if (keywords.has("client_manager"))
            return undefined;
        return {
            kind: "socketio",
            what: "serves python-socketio without a client manager (message queue)",
        };
    }
    if (callee === "cachelib.SimpleCache" || callee === "cachelib.simple.SimpleCache") {
        const session = settings.get("SESSION_CACHELIB")?.some((s) => s.node.from === call.from);
        if (session)
            return { kind: "session", what: "keeps Flask-Session's sessions in cachelib's SimpleCache" };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/shared-state/python-tree.ts


class PythonTree {
    file;
    source;
    top;
    /** Local name → dotted origin (`BackgroundScheduler` → `apscheduler.schedulers.background.BackgroundScheduler`). */
    imported = new Map();
    lines;
    constructor(file, source) {
        this.file = file;
        this.source = source;
        this.lines = new python_nodes/* Lines */.qo(source);
        this.top = python_dist/* parser */.K.parse(source).topNode;
        // Imports anywhere count: an app factory often imports its extensions inside the function.
        (0,python_nodes/* walk */.GG)(this.top, (n) => {
            if (n.name === "ImportStatement")
                this.readImport(n);
        });
    }
    text(node) {
        return this.source.slice(node.from, node.to);
    }
    line(node) {
        return this.lines.of(node);
    }
    /** A dotted callee or name with its head resolved through the file's imports. */
    qualified(dotted) {
        const [head, ...rest] = dotted.split(".");
        const origin = this.imported.get(head);
        return origin ? [origin, ...rest].join(".") : dotted;
    }
    /** The resolved callee of a call, e.g. `threading.Thread` for `Thread(...)`. */
    callee(call) {
        const callee = call.firstChild;
        if (!callee || (callee.name !== "VariableName" && callee.name !== "MemberExpression"))
            return "";
        return this.qualified(this.text(callee).replace(/\s+/g, ""));
    }
    /** `name=value` arguments of a call, by name. */
    keywords(call) {
        const out = new Map();
        const args = call.getChild("ArgList");
        for (let c = args?.firstChild; c; c = c.nextSibling) {
            if (c.name === "VariableName" &&
                c.nextSibling?.name === "AssignOp" &&
                c.nextSibling.nextSibling)
                out.set(this.text(c), c.nextSibling.nextSibling);
        }
        return out;
    }
    /** Positional arguments of a call. */
    positional(call) {
        const out = [];
        const args = call.getChild("ArgList");
        for (let c = args?.firstChild; c; c = c.nextSibling) {
            if ("(),".includes(c.name) || c.name === "Comment")
                continue;
            if (c.nextSibling?.name === "AssignOp") {
                c = c.nextSibling.nextSibling ?? c;
                continue;
            }
            out.push(c);
        }
        return out;
    }
    /** A plain string literal's value; undefined for f-strings, concatenations and the rest. */
    stringValue(node) {
        if (node?.name !== "String")
            return undefined;
        const match = /^[rRuU]?("""|'''|"|')([\s\S]*)\1$/.exec(this.text(node));
        return match ? match[2] : undefined;
    }
    readImport(node) {
        const parts = (0,python_nodes/* children */.Y_)(node);
        if (parts[0]?.name === "from") {
            const at = parts.findIndex((c) => c.name === "import");
            if (at < 2)
                return; // `from flask` alone: Python refuses it, nothing is bound
            const module = this.source.slice(parts[1].from, parts[at - 1].to).replace(/\s+/g, "");
            const names = parts.slice(at + 1);
            for (let i = 0; i < names.length; i++) {
                if (names[i].name !== "VariableName")
                    continue;
                const name = this.text(names[i]);
                const aliased = names[i + 1]?.name === "as" && names[i + 2]?.name === "VariableName";
                const local = aliased ? this.text(names[i + 2]) : name;
                this.imported.set(local, module.endsWith(".") ? module + name : `${module}.${name}`);
                if (aliased)
                    i += 2;
            }
            return;
        }
        // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
        let dotted = [];
        let alias;
        const flush = () => {
            if (dotted.length > 0)
                this.imported.set(alias ?? dotted[0], alias ? dotted.join(".") : dotted[0]);
            dotted = [];
            alias = undefined;
        };
        for (let i = 1; i < parts.length; i++) {
            const c = parts[i];
            if (c.name === ",")
                flush();
            else if (c.name === "as" && parts[i + 1])
                alias = this.text(parts[++i]);
            else if (c.name === "VariableName")
                dotted.push(this.text(c));
        }
        flush();
    }
}
/** `if __name__ == "__main__":` never runs under gunicorn. */
function isMainGuard(tree, node) {
    const test = node.firstChild?.nextSibling;
    return !!test && /^__name__\s*==\s*["']__main__["']$/.test(tree.text(test));
}
/**
 * Statements that run when the module is imported: the module body and the bodies of
 * if/try/with/for at top level, not function or class bodies, not the main guard.
 */
function importTimeStatements(tree, body = tree.top) {
    const out = [];
    for (const statement of (0,python_nodes/* children */.Y_)(body)) {
        if (statement.name === "IfStatement" && isMainGuard(tree, statement))
            continue;
        if (["IfStatement", "TryStatement", "WithStatement", "ForStatement"].includes(statement.name)) {
            for (const inner of statement.getChildren("Body"))
                out.push(...importTimeStatements(tree, inner));
        }
        else
            out.push(statement);
    }
    return out;
}
/** gunicorn.conf.py runs in the master, tests never run under gunicorn. */
const NOT_APP_CODE = /(^|\/)(gunicorn\.conf\.py|tests?\/|test_[^/]*\.py$|[^/]*_test\.py$|conftest\.py$|migrations\/)/;
const python_tree_parsed = new WeakMap();
/** The app's own Python files, parsed once per snapshot for every reader that asks. */
function appTrees(files) {
    let trees = python_tree_parsed.get(files);
    if (!trees) {
        trees = [...files]
            .filter(([f]) => f.endsWith(".py") && !f.startsWith("..") && !NOT_APP_CODE.test(f))
            .map(([f, text]) => new PythonTree(f, text));
        python_tree_parsed.set(files, trees);
    }
    return trees;
}

;// CONCATENATED MODULE: ./src/core/shared-state/start-up.ts


const SCHEDULERS = new Set([
    "BackgroundScheduler",
    "AsyncIOScheduler",
    "GeventScheduler",
    "TornadoScheduler",
    "TwistedScheduler",
    "QtScheduler",
    "BlockingScheduler",
    "AsyncScheduler",
    "Scheduler",
]);
const START_METHODS = new Set(["start", "start_in_background", "run_until_stopped"]);
/** Constructors of app objects: a function that calls one is an app factory. */
const APP_CONSTRUCTOR = /^(flask\.Flask|fastapi\.FastAPI|quart\.Quart|starlette\.applications\.Starlette|starlette\.Starlette|litestar\.Litestar)$/;
const STARTUP_HOOK = /\.(on_event\(\s*["']startup["']\s*\)|(before_serving|before_first_request|on_startup)\b)/;
function startedPerWorker(tree) {
    // Function and class bodies at top level run later, not at import.
    const atImport = importTimeStatements(tree).filter((s) => s.name !== "FunctionDefinition" && s.name !== "ClassDefinition");
    const scopes = [
        { statements: atImport, where: "at import" },
        ...perWorkerFunctions(tree).map((def) => ({
            statements: (0,python_nodes/* children */.Y_)(def.getChild("Body") ?? def),
            where: `in ${nameOf(tree, def)}(), which each worker runs when it starts`,
        })),
    ];
    const found = [];
    const moduleLevel = constructorsAssigned(tree, atImport);
    for (const { statements, where } of scopes) {
        const assigned = new Map([...moduleLevel, ...constructorsAssigned(tree, statements)]);
        for (const statement of statements) {
            eachCall(statement, (call) => {
                const hit = started(tree, call, assigned);
                if (hit)
                    found.push({
                        ...hit,
                        file: tree.file,
                        line: tree.line(call),
                        what: `${hit.what} ${where}`,
                    });
            });
        }
    }
    return found;
}
/** App factories and start-up hooks: code that runs once in every worker. */
function perWorkerFunctions(tree) {
    const defs = [];
    const lifespans = new Set();
    (0,python_nodes/* walk */.GG)(tree.top, (n) => {
        if (n.name === "CallExpression" && APP_CONSTRUCTOR.test(tree.callee(n))) {
            const lifespan = tree.keywords(n).get("lifespan");
            if (lifespan?.name === "VariableName")
                lifespans.add(tree.text(lifespan));
        }
    });
    for (const statement of importTimeStatements(tree)) {
        const def = statement.name === "DecoratedStatement"
            ? statement.getChild("FunctionDefinition")
            : statement;
        if (def?.name !== "FunctionDefinition")
            continue;
        const decorators = statement.getChildren("Decorator").map((d) => tree.text(d));
        const isHook = decorators.some((d) => STARTUP_HOOK.test(d));
        if (isHook || lifespans.has(nameOf(tree, def)) || constructsApp(tree, def))
            defs.push(def);
    }
    return defs;
}
function constructsApp(tree, def) {
    let found = false;
    eachCall(def.getChild("Body") ?? def, (call) => {
        if (APP_CONSTRUCTOR.test(tree.callee(call)))
            found = true;
    });
    return found;
}
/** `name = Constructor(...)` in these statements: name → resolved constructor and its call. */
function constructorsAssigned(tree, statements) {
    const out = new Map();
    for (const s of statements) {
        if (s.name !== "AssignStatement")
            continue;
        const parts = (0,python_nodes/* children */.Y_)(s);
        const value = parts[parts.length - 1];
        if (parts[0]?.name === "VariableName" && value?.name === "CallExpression")
            out.set(tree.text(parts[0]), value);
    }
    return out;
}
/** A call that starts a scheduler or a thread, with what it is. */
function started(tree, call, assigned) {
    const callee = tree.callee(call);
    if (callee === "_thread.start_new_thread")
        return { kind: "thread", what: "starts a thread" };
    const member = call.firstChild;
    const method = member?.getChild("PropertyName");
    if (member?.name !== "MemberExpression" || !method || !START_METHODS.has(tree.text(method)))
        return undefined;
    const object = member.firstChild;
    const made = object.name === "CallExpression"
        ? object
        : object.name === "VariableName"
            ? assigned.get(tree.text(object))
            : undefined;
    return made ? whatStarts(tree, made) : undefined;
}
function whatStarts(tree, made) {
    const constructor = tree.callee(made);
    const last = constructor.slice(constructor.lastIndexOf(".") + 1);
    if (constructor.startsWith("apscheduler.") && SCHEDULERS.has(last))
        return { kind: "scheduler", what: `starts an APScheduler ${last}` };
    if (constructor === "flask_apscheduler.APScheduler")
        return { kind: "scheduler", what: "starts Flask-APScheduler" };
    if (constructor === "threading.Timer")
        return { kind: "scheduler", what: "starts a threading.Timer" };
    if (constructor === "threading.Thread" || constructor === "multiprocessing.Process") {
        const target = tree.keywords(made).get("target");
        if (target && runsSchedule(tree, tree.text(target)))
            return { kind: "scheduler", what: "starts a thread that runs schedule's jobs" };
        return {
            kind: "thread",
            what: `starts a ${constructor === "threading.Thread" ? "thread" : "process"}`,
        };
    }
    return undefined;
}
/** Whether the function named `name` in this file calls schedule.run_pending(). */
function runsSchedule(tree, name) {
    let found = false;
    (0,python_nodes/* walk */.GG)(tree.top, (n) => {
        if (n.name !== "FunctionDefinition" || nameOf(tree, n) !== name)
            return;
        eachCall(n, (call) => {
            if (tree.callee(call) === "schedule.run_pending")
                found = true;
        });
    });
    return found;
}
function nameOf(tree, def) {
    const name = def.getChild("VariableName");
    return name ? tree.text(name) : "";
}
/** Calls in a statement, not inside nested functions, classes or lambdas (they run later). */
function eachCall(node, visit) {
    const cursor = node.cursor();
    const end = node.to;
    let more = true;
    while (more && cursor.from < end) {
        const name = cursor.name;
        const isRoot = cursor.from === node.from && name === node.name;
        if (!isRoot && ["FunctionDefinition", "ClassDefinition", "LambdaExpression"].includes(name)) {
            more = cursor.next(false);
            continue;
        }
        if (name === "CallExpression")
            visit(cursor.node);
        more = cursor.next();
    }
}

;// CONCATENATED MODULE: ./src/core/shared-state/stores.ts


const CONTAINER_LITERALS = new Set([
    "DictionaryExpression",
    "ArrayExpression",
    "SetExpression",
    "DictionaryComprehensionExpression",
    "ArrayComprehensionExpression",
    "SetComprehensionExpression",
]);
const CONTAINER_CALLS = new Set([
    "dict",
    "list",
    "set",
    "collections.defaultdict",
    "collections.OrderedDict",
    "collections.Counter",
    "collections.deque",
]);
const MUTATORS = new Set([
    "append",
    "appendleft",
    "extend",
    "insert",
    "add",
    "update",
    "setdefault",
    "pop",
    "popleft",
    "popitem",
    "remove",
    "discard",
    "clear",
]);
const HANDLER_DECORATOR = /^@[\w.]+\.(route|get|post|put|patch|delete|head|options|api_route|websocket|websocket_route|on|event)\b/;
const TARGET_OPS = {
    AssignStatement: "AssignOp",
    UpdateStatement: "UpdateOp",
    DeleteStatement: "del",
};
const VIEW_METHODS = new Set(["get", "post", "put", "patch", "delete", "dispatch_request"]);
/** A module's top-level names that a handler could change: name → where it is made. */
function moduleStores(tree) {
    const stores = new Map();
    for (const s of importTimeStatements(tree)) {
        if (s.name !== "AssignStatement")
            continue;
        const parts = (0,python_nodes/* children */.Y_)(s);
        const [target, op, value] = parts;
        if (parts.length !== 3 || target?.name !== "VariableName" || op?.name !== "AssignOp")
            continue;
        stores.set(tree.text(target), { line: tree.line(s), container: isContainer(tree, value) });
    }
    return stores;
}
function isContainer(tree, value) {
    if (CONTAINER_LITERALS.has(value.name))
        return true;
    return value.name === "CallExpression" && CONTAINER_CALLS.has(tree.callee(value));
}
/**
 * Handlers that change a store: `resolve` says whether a name used in this file (`CARTS`, or
 * `state.CARTS` for a module's attribute) is a store of the app's own modules, and where.
 */
function handlerWrites(tree, resolve) {
    const found = new Map();
    for (const def of handlers(tree)) {
        const body = def.getChild("Body");
        if (!body)
            continue;
        const globals = declaredGlobal(tree, body);
        const locals = localNames(tree, def, globals);
        (0,python_nodes/* walk */.GG)(body, (n) => {
            const write = writtenName(tree, n, globals);
            if (!write || locals.has(write.name.split(".")[0]) || found.has(write.name))
                return;
            const store = resolve(write.name);
            // Rebinding with `global` changes any module-level name; in place, only containers.
            if (!store || (write.how === "in place" && !store.container))
                return;
            const at = store.file === tree.file ? `line ${store.line}` : `${store.file} line ${store.line}`;
            found.set(write.name, {
                kind: "store",
                file: tree.file,
                line: tree.line(n),
                what: `changes the module-level ${store.name} (${at}) in the handler ${stores_nameOf(tree, def)}()`,
            });
        });
    }
    return [...found.values()];
}
/** The module-level name a statement or call writes to, and how. */
function writtenName(tree, n, globals) {
    if (TARGET_OPS[n.name] !== undefined) {
        const parts = (0,python_nodes/* children */.Y_)(n);
        // Targets stand before the last operator (`a = b = {}`); `del` has them after its keyword.
        const op = TARGET_OPS[n.name];
        const targets = op === "del" ? parts.slice(1) : parts.slice(0, parts.map((c) => c.name).lastIndexOf(op));
        for (const target of targets) {
            const text = tree.text(target);
            if (target.name === "VariableName" && globals.has(text))
                return { name: text, how: "rebound" };
            const root = target.name === "MemberExpression" && target.getChild("[") && rootName(tree, target);
            if (root)
                return { name: root, how: "in place" };
        }
        return undefined;
    }
    if (n.name !== "CallExpression")
        return undefined;
    const member = n.firstChild;
    const method = member?.name === "MemberExpression" ? member.getChild("PropertyName") : null;
    if (!method || !MUTATORS.has(tree.text(method)))
        return undefined;
    const root = rootName(tree, member.firstChild);
    return root ? { name: root, how: "in place" } : undefined;
}
/** `carts[a].items.append` → `carts.items`: the root name and the attribute read from it. */
function rootName(tree, node) {
    let n = node;
    while (n && n.name !== "VariableName")
        n = n.firstChild;
    if (!n)
        return undefined;
    const attribute = n.nextSibling?.name === "." ? n.nextSibling.nextSibling : null;
    const root = tree.text(n);
    return attribute?.name === "PropertyName" ? `${root}.${tree.text(attribute)}` : root;
}
function declaredGlobal(tree, body) {
    const names = new Set();
    (0,python_nodes/* walk */.GG)(body, (n) => {
        if (n.name === "ScopeStatement" && n.firstChild?.name === "global")
            for (const v of n.getChildren("VariableName"))
                names.add(tree.text(v));
    });
    return names;
}
/** Parameters and names the function binds itself: they hide a module-level name. */
function localNames(tree, def, globals) {
    const names = new Set();
    for (const p of def.getChild("ParamList")?.getChildren("VariableName") ?? [])
        names.add(tree.text(p));
    (0,python_nodes/* walk */.GG)(def.getChild("Body") ?? def, (n) => {
        if (n.name !== "AssignStatement" && n.name !== "ForStatement")
            return;
        const first = n.name === "ForStatement" ? n.getChild("VariableName") : n.firstChild;
        if (first?.name === "VariableName" && !globals.has(tree.text(first)))
            names.add(tree.text(first));
    });
    return names;
}
/** Functions that serve requests. */
function handlers(tree) {
    const out = [];
    const isViews = /(^|\/)views(\.py$|\/)/.test(tree.file);
    (0,python_nodes/* walk */.GG)(tree.top, (n) => {
        if (n.name === "DecoratedStatement") {
            const def = n.getChild("FunctionDefinition");
            const routed = n.getChildren("Decorator").some((d) => HANDLER_DECORATOR.test(tree.text(d)));
            if (def && routed)
                out.push(def);
        }
        else if (n.name === "FunctionDefinition") {
            const holder = n.parent?.name === "DecoratedStatement" ? n.parent.parent : n.parent;
            const inClass = holder?.name === "Body" && holder.parent?.name === "ClassDefinition";
            if (inClass && VIEW_METHODS.has(stores_nameOf(tree, n)))
                out.push(n);
            else if (isViews && holder?.name === "Script")
                out.push(n);
        }
    });
    return [...new Map(out.map((d) => [d.from, d])).values()];
}
function stores_nameOf(tree, def) {
    const name = def.getChild("VariableName");
    return name ? tree.text(name) : "";
}

;// CONCATENATED MODULE: ./src/core/shared-state/find.ts
// Finds what several worker processes would split or repeat, in the app's own Python files as
// the snapshot read them (the app module and what it imports, the Django settings and views).
// Read with the parser, never run.







function findSharedState(snap) {
    const trees = appTrees(snap.files);
    const byFile = new Map(trees.map((t) => [t.file, t]));
    const stores = new Map(trees.map((t) => [t.file, moduleStores(t)]));
    /** A container named `module:name` in the app's files, if there is one. */
    const storeIn = (from, module, name) => {
        for (const file of moduleFiles(snap, from, module)) {
            const store = byFile.has(file) ? stores.get(file)?.get(name) : undefined;
            // Only containers travel: `global` cannot rebind another module's name.
            if (store?.container)
                return { ...store, file };
        }
        return undefined;
    };
    const resolve = (tree) => (dotted) => {
        const [head, attribute] = dotted.split(".");
        const own = stores.get(tree.file)?.get(head);
        if (own)
            return { ...own, file: tree.file, name: head };
        const origin = tree.imported.get(head);
        if (!origin)
            return undefined;
        // `from .state import CARTS`, or `import state` / `from . import state` and `state.CARTS`.
        const dot = origin.lastIndexOf(".");
        const named = dot >= 0 ? storeIn(tree.file, origin.slice(0, dot) || ".", origin.slice(dot + 1)) : undefined;
        if (named)
            return { ...named, name: head };
        const inModule = attribute ? storeIn(tree.file, origin, attribute) : undefined;
        return inModule && { ...inModule, name: `${head}.${attribute}` };
    };
    const settings = collectSettings(trees);
    const sqlite = sqliteUses(trees, settings);
    return {
        hazards: [
            ...trees.flatMap((t) => startedPerWorker(t)),
            ...trees.flatMap((t) => handlerWrites(t, resolve(t))),
            ...extensionHazards(trees, settings),
        ],
        sqlite,
        // A SQLite file has no connection limit to count against.
        pools: sqlite.length > 0 ? [] : connectionPools(trees, settings),
    };
}

;// CONCATENATED MODULE: ./src/core/shared-state/findings.ts

function sharedStateFindings(state, allowMultiple, workers, at) {
    return [
        ...state.hazards.map((h) => hazardFinding(h, allowMultiple, workers, at)),
        ...state.sqlite.map((use) => ({
            level: "warning",
            message: `${capital(use.what)} that the app writes: writers in several workers or threads wait on each other's locks, and App Service's /home is a network share where SQLite's locking is unreliable. Keep data that must last in Azure Database for PostgreSQL or MySQL.`,
            ...at(use.file, use.line),
        })),
    ];
}
function hazardFinding(hazard, allowMultiple, workers, at) {
    const { breaks, wayOut } = CONSEQUENCES[hazard.kind];
    const found = `${capital(hazard.what)}: with several workers ${breaks}.`;
    const where = at(hazard.file, hazard.line);
    if (allowMultiple && workers > 1) {
        return {
            level: "warning",
            message: `${found} allow-multiple-workers is set, so the command runs ${workers} workers anyway; ${wayOut} to make that safe.`,
            ...where,
        };
    }
    return {
        level: "notice",
        message: `${found} The command keeps one worker; to use more, ${wayOut}, or set allow-multiple-workers: true.`,
        ...where,
    };
}
function capital(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: ./src/core/command/dev-settings.ts
var dev_settings = __nccwpck_require__(3778);
;// CONCATENATED MODULE: ./src/core/analysis.ts
// The pure heart of a run: snapshot + inputs + plan resources → layout, numbers and command.








/** Placeholder module for the numbers when the app was not found (never emitted). */
const UNKNOWN_MODULE = "app:app";
function analyze(snapshot, inputs, plan, planFindings = [], 
/** Findings about the sizing's inputs (measured or not): only worth saying with a command. */
sizingFindings = []) {
    const layout = checkLayout(snapshot, inputs.appModule);
    const state = findSharedState(snapshot);
    const [pool] = state.pools;
    const recommendation = recommend({
        cores: plan.cores,
        memoryMb: plan.memoryMb,
        sharedCpu: plan.sharedCpu,
        appsOnPlan: inputs.appsOnPlan,
        maxConnections: inputs.maxConnections,
        ioWaitRatio: inputs.ioWaitRatio,
        ioSource: inputs.ioSource,
        peakInFlight: inputs.peakInFlight,
        peakInstances: inputs.peakInstances,
        preset: inputs.ioProfile,
        workerMemoryMb: inputs.workerMemoryMb,
        timeout: inputs.timeout,
        module: layout.module ?? UNKNOWN_MODULE,
        chdir: layout.chdir,
        port: inputs.port,
        appWorker: layout.appWorker,
        oneProcess: inputs.allowMultipleWorkers ? undefined : state.hazards[0],
        pool: pool && { ...pool, ...repoLocation(snapshot, pool.file, pool.line) },
    });
    const stateFindings = layout.module
        ? sharedStateFindings(state, inputs.allowMultipleWorkers, recommendation.config.workers, (file, line) => repoLocation(snapshot, file, line))
        : [];
    const repo = layout.module
        ? (0,startup_plan/* repoEdits */.OZ)(snapshot.files, recommendation.config, (file, line) => repoLocation(snapshot, file, line))
        : { edits: [], findings: [] };
    return {
        layout,
        recommendation,
        command: layout.module ? (0,command/* buildCommand */.Oe)(recommendation.config) : undefined,
        plan: { label: plan.sku, cores: plan.cores, memoryMb: plan.memoryMb },
        findings: [
            ...layout.findings,
            ...planFindings,
            ...stateFindings,
            ...(layout.module ? [...sizingFindings, ...recommendation.findings] : []),
            ...repo.findings,
            ...(0,dev_settings/* reloadFindings */.Q)(snapshot.files, startup_plan/* STARTUP_FILES */._T, (file, line) => repoLocation(snapshot, file, line)),
        ],
        edits: repo.edits,
    };
}

// EXTERNAL MODULE: ./src/core/site/units.ts
var units = __nccwpck_require__(1312);
;// CONCATENATED MODULE: ./src/core/site/metrics-findings.ts



/** CPU below this share while responses take this many service times: queueing, not CPU. */
const LOW_CPU_SHARE = 0.2;
const QUEUEING_FACTOR = 2;
/** Plan for the CPU at this share of the cores at peak, as the memory budget keeps headroom. */
const CPU_HEADROOM = 0.8;
const ms = units/* duration */.p;
const pct = (x) => `${Math.round(x * 100)} %`;
function basisFinding(m, window, current, intervalMinutes) {
    const { busyIntervals, instances, requests } = m.basis;
    const memory = m.workerMemoryMb === undefined
        ? ""
        : `; ${m.workerMemoryMb} MB per worker (working set less the master, over ${(0,words/* plural */.L)(current.workers, "worker")})`;
    return {
        level: "notice",
        message: `Measured from the site's metrics over ${window}: ${busyIntervals} busy ${intervalMinutes}-minute intervals on ${(0,words/* plural */.L)(instances, "instance")}, ${requests.toLocaleString("en")} requests. CPU ${ms(m.cpuPerRequest)} per request (${m.basis.cpuFrom ? `from ${m.basis.cpuFrom}, ` : ""}CPU time regressed on requests, so idle CPU is left out); service time ${ms(m.serviceSeconds)} with the queueing under the current ${(0,shape/* describeShape */.vJ)(current)} taken out (${queueModel(m)}); so ${(0,words/* waitPercent */.D)(m.ioWaitRatio)} % of a request is spent waiting${memory}; peak ${m.peakRequestsPerSecond.toFixed(1)} requests/s.`,
    };
}
function queueModel(m) {
    if (m.variability === undefined)
        return "M/M/c: the load never varied enough to fit how response time grows with it";
    const kind = m.variability < 0.8
        ? "steadier than random"
        : m.variability > 1.25
            ? "burstier than random"
            : "about as random as M/M/c";
    return `fitted to how response time grows with load: variability factor ${m.variability.toFixed(2)}, ${kind}`;
}
function diagnosis(m, current) {
    if (m.cpuShare >= LOW_CPU_SHARE || m.meanResponseSeconds < QUEUEING_FACTOR * m.serviceSeconds)
        return undefined;
    return {
        level: "warning",
        message: `CPU averaged ${pct(m.cpuShare)} while responses took ${ms(m.meanResponseSeconds)} on average with ${(0,shape/* describeShape */.vJ)(current)}: requests are waiting for a free worker, not for CPU.`,
    };
}
function capacity(m, r, cores) {
    const inFlight = m.peakRequestsPerSecond * m.serviceSeconds;
    const bySlots = r.maxConcurrency / m.serviceSeconds;
    const byCpu = (cores * CPU_HEADROOM) / m.cpuPerRequest;
    const perInstance = Math.min(bySlots, byCpu);
    const needed = Math.max(1, Math.ceil(m.peakRequestsPerSecond / perInstance));
    const limit = bySlots <= byCpu
        ? `${r.maxConcurrency} requests at once`
        : `${Math.round(byCpu)} requests/s of CPU`;
    return {
        level: needed > 1 ? "warning" : "notice",
        message: `At peak, ${m.peakRequestsPerSecond.toFixed(1)} requests/s × ${ms(m.serviceSeconds)} service time ≈ ${inFlight.toFixed(1)} requests in flight (Little's law). One instance with the recommended command serves about ${Math.round(perInstance)} requests/s (limited by ${limit}), so the peak needs ${(0,words/* plural */.L)(needed, "instance")}.`,
    };
}

// EXTERNAL MODULE: ./src/core/site/queueing.ts
var queueing = __nccwpck_require__(9222);
;// CONCATENATED MODULE: ./src/core/site/site-metrics.ts
// What the live site's own metrics say about the two inputs users otherwise guess: the share of
// a request spent waiting, and one worker's memory. Plain series in, numbers with their basis
// out. Theory: ../shared/GUNICORN-NOTES.md (Little's law, M/M/c); metric names and units:
// ../shared/AZURE-NOTES.md.


/** Fewer busy intervals than this, and the numbers are noise. */
const MIN_BUSY_INTERVALS = 30;
/** An interval counts as busy with at least this many requests on the instance. */
const MIN_REQUESTS_PER_INTERVAL = 10;
/** gunicorn's master with a Flask app, measured (GUNICORN-NOTES.md). */
const MASTER_MB = 30;
const MB = 1024 * 1024;
/** Without these, nothing can be measured. */
const REQUIRED = ["Requests", "HttpResponseTime"];
function measure(series, current) {
    const missing = (series.missing ?? []).filter((m) => REQUIRED.includes(m.metric));
    if (missing.length > 0) {
        return { ok: false, why: `Azure Monitor gave ${missingWords(missing)}` };
    }
    const clean = series.points.map(plausible);
    const points = clean.filter((p) => p.requests !== undefined);
    const withCpu = points.filter((p) => p.cpuSeconds !== undefined);
    if (withCpu.length === 0) {
        return {
            ok: false,
            why: "Azure Monitor gave no CPU time for the site (CpuTime had no data), and the plan's CpuPercentage stands in only for a site alone on its plan",
        };
    }
    const busy = withCpu.filter((p) => p.requests >= MIN_REQUESTS_PER_INTERVAL && p.responseSeconds !== undefined);
    if (busy.length < MIN_BUSY_INTERVALS) {
        return {
            ok: false,
            why: `only ${busy.length} ${series.intervalSeconds / 60}-minute intervals had at least ${MIN_REQUESTS_PER_INTERVAL} requests on an instance (${MIN_BUSY_INTERVALS} needed)`,
        };
    }
    const cpu = cpuPerRequestOf(withCpu, busy);
    const cpuPerRequest = Math.max(cpu.perRequest, 1e-6);
    const servers = Math.max(1, current.workers * current.threads);
    const fit = (0,queueing/* fitService */.Bd)(busy.map((p) => ({
        rate: p.requests / series.intervalSeconds,
        responseSeconds: p.responseSeconds,
    })), servers);
    const serviceSeconds = Math.max(fit.serviceSeconds, cpuPerRequest);
    if (!Number.isFinite(serviceSeconds) || !Number.isFinite(cpuPerRequest)) {
        return { ok: false, why: "its CPU time and response times do not add up to a service time" };
    }
    const memory = clean.flatMap((p) => (p.memoryBytes === undefined ? [] : [p.memoryBytes / MB]));
    // The peak counts every instance that reported in the interval, whichever they are.
    const byInterval = new Map();
    const reporting = new Map();
    for (const p of points) {
        byInterval.set(p.at, (byInterval.get(p.at) ?? 0) + p.requests);
        reporting.set(p.at, (reporting.get(p.at) ?? new Set()).add(p.instance));
    }
    const perInstance = [...byInterval].map(([at, n]) => n / reporting.get(at).size);
    const busiest = [...byInterval].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const instances = new Set(points.map((p) => p.instance)).size;
    const requests = busy.reduce((sum, p) => sum + p.requests, 0);
    const cpuTotal = withCpu.reduce((sum, p) => sum + p.cpuSeconds, 0);
    return {
        ok: true,
        measured: {
            cpuPerRequest,
            idleCpuPerInterval: cpu.idle,
            serviceSeconds,
            variability: fit.fitted ? fit.variability : undefined,
            ioWaitRatio: clamp(1 - cpuPerRequest / serviceSeconds, 0, MAX_IO_WAIT_RATIO),
            workerMemoryMb: memory.length > 0
                ? Math.max(10, Math.round(((0,queueing/* median */.JZ)(memory) - MASTER_MB) / current.workers))
                : undefined,
            peakRequestsPerSecond: Math.max(...byInterval.values()) / series.intervalSeconds,
            peakPerInstancePerSecond: Math.max(...perInstance) / series.intervalSeconds,
            peakInstances: reporting.get(busiest).size,
            meanResponseSeconds: busy.reduce((s, p) => s + p.responseSeconds * p.requests, 0) / requests,
            cpuShare: cpuTotal / (withCpu.length * series.intervalSeconds * current.cores),
            basis: {
                busyIntervals: busy.length,
                instances,
                requests,
                ...(series.cpuFrom ? { cpuFrom: series.cpuFrom } : {}),
            },
        },
    };
}
/** A value no metric can take (negative, NaN, infinite) is missing, never a number. */
function plausible(p) {
    const ok = (x) => typeof x === "number" && Number.isFinite(x) && x >= 0 ? x : undefined;
    return {
        ...p,
        cpuSeconds: ok(p.cpuSeconds),
        requests: ok(p.requests),
        responseSeconds: ok(p.responseSeconds),
        memoryBytes: ok(p.memoryBytes),
        errors5xx: ok(p.errors5xx),
    };
}
/** "no data for Requests and an error for HttpResponseTime (…)". */
function missingWords(missing) {
    const empty = missing.filter((m) => m.why === "no data").map((m) => m.metric);
    const failed = missing.filter((m) => m.why !== "no data").map((m) => `${m.metric} (${m.why})`);
    return [
        empty.length ? `no data for ${empty.join(" and ")}` : "",
        failed.length ? `an error for ${failed.join(" and ")}` : "",
    ]
        .filter(Boolean)
        .join(" and ");
}
/** Below this spread of requests per interval, a regression's slope is noise. */
const MIN_SPREAD = 0.25;
/**
 * CPU seconds per request, with the CPU an idle instance burns anyway left out: the slope of
 * CPU time regressed on requests when traffic varies enough; otherwise (a site always at the
 * same load) the CPU above the idle intervals' median, per request.
 */
function cpuPerRequestOf(points, busy) {
    // Only intervals that report both: a padded point is missing data, not an idle minute.
    const requests = points.map((p) => p.requests);
    const mean = requests.reduce((a, b) => a + b, 0) / requests.length;
    const spread = Math.sqrt(requests.reduce((a, r) => a + (r - mean) ** 2, 0) / requests.length) / mean;
    if (spread >= MIN_SPREAD) {
        const { slope, intercept } = regress(points.map((p) => [p.requests, p.cpuSeconds]));
        if (slope > 0)
            return { perRequest: slope, idle: Math.max(0, intercept) };
    }
    const idle = points.filter((p) => p.requests === 0).map((p) => p.cpuSeconds);
    const floor = idle.length >= 3 ? (0,queueing/* median */.JZ)(idle) : 0;
    const used = busy.reduce((a, p) => a + Math.max(0, p.cpuSeconds - floor), 0);
    return { perRequest: used / busy.reduce((a, p) => a + p.requests, 0), idle: floor };
}
/** Least squares y = slope·x + intercept. */
function regress(points) {
    const n = points.length;
    const mx = points.reduce((s, [x]) => s + x, 0) / n;
    const my = points.reduce((s, [, y]) => s + y, 0) / n;
    let sxy = 0;
    let sxx = 0;
    for (const [x, y] of points) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) ** 2;
    }
    const slope = sxx === 0 ? my / Math.max(mx, 1) : sxy / sxx;
    return { slope, intercept: my - slope * mx };
}
function clamp(x, lo, hi) {
    return Math.min(hi, Math.max(lo, x));
}

;// CONCATENATED MODULE: ./src/core/site/measured-inputs.ts
// io-profile auto and worker-memory-mb auto: the site's own numbers when its metrics carry
// enough traffic, the presets otherwise, with a notice that says why and how to fix it.









function presetWords(profile) {
    const [lo, hi] = PRESETS[profile].band.map(words/* waitPercent */.D);
    return `the ${profile} preset (${lo}–${hi} % waiting)`;
}
/** Why nothing was measured, when there was no site to read or its metrics failed. */
function notMeasured(auto, why, fix, level = "notice") {
    const names = [auto.ioAuto && "io-profile", auto.workerMemoryAuto && "worker-memory-mb"].filter(Boolean);
    const used = [
        auto.ioAuto &&
            (auto.ioProfile || auto.ioWaitRatio === undefined
                ? presetWords(auto.ioProfile ?? "mixed")
                : `${(0,words/* waitPercent */.D)(auto.ioWaitRatio)} % waiting (${auto.ioSource})`),
        auto.workerMemoryAuto && "150 MB per worker",
    ].filter(Boolean);
    return {
        measured: undefined,
        findings: [
            {
                level,
                message: `${names.join(" and ")} auto: ${why}, so ${used.join(" and ")} ${used.length > 1 ? "were" : "was"} used. ${fix}`,
            },
        ],
    };
}
/** The inputs that would replace the auto ones: only those left at auto. */
function knownInputs(auto) {
    return [auto.ioAuto && "io-wait-ratio", auto.workerMemoryAuto && "worker-memory-mb"]
        .filter(Boolean)
        .join(" and ");
}
function fromObservation(obs, auto) {
    const unknown = obs.unread ?? (obs.current && beyondLimits(obs.current));
    if (unknown) {
        return notMeasured(auto, `the site's current workers and threads could not be read (${unknown}), and the measurement needs them`, `State the numbers in the startup command, or give ${knownInputs(auto)}.`);
    }
    const current = obs.current ?? { ...shape/* PLATFORM_DEFAULT */.WW, timeout: 30 };
    const result = measure(obs.series, { ...current, cores: obs.cores });
    if (!result.ok) {
        return notMeasured(auto, `the site's metrics over ${obs.window} are too thin to measure (${result.why})`, `Give metrics-window a longer span, or ${knownInputs(auto)} if you know ${auto.ioAuto && auto.workerMemoryAuto ? "them" : "it"}.`);
    }
    const { measured: m, clamped } = withinPlan(result.measured, obs.memoryMb);
    const findings = [
        basisFinding(m, obs.window, current, obs.series.intervalSeconds / 60),
        ...clamped,
    ];
    const missing = obs.series.missing ?? [];
    if (missing.length > 0) {
        findings.push({
            level: "notice",
            message: `Azure Monitor gave ${missingWords(missing)} over ${obs.window}: ${missingConsequences(missing, obs.series.cpuFrom !== undefined)}, never read as zeros.`,
        });
    }
    const sick = diagnosis(m, current);
    if (sick)
        findings.push(sick);
    const last = obs.configWrites[obs.configWrites.length - 1];
    if (last)
        findings.push(...beforeAfter(obs.series, last));
    return { measured: m, findings };
}
/** Memory no instance of the plan has is a metric gone wrong: it is not used. */
function withinPlan(m, memoryMb) {
    if (memoryMb === undefined || m.workerMemoryMb === undefined || m.workerMemoryMb <= memoryMb) {
        return { measured: m, clamped: [] };
    }
    const message = `Azure Monitor's memory working set comes to ${m.workerMemoryMb} MB per worker, more than the plan's ${memoryMb} MB per instance, so it was not used (worker-memory-mb's default stands in). Check the site's MemoryWorkingSet metric, or set worker-memory-mb.`;
    return {
        measured: { ...m, workerMemoryMb: undefined },
        clamped: [{ level: "warning", message }],
    };
}
/** A current run no plan can hold (`--workers 1000000`) says nothing about the app. */
function beyondLimits(current) {
    const over = ["workers", "threads"].find((k) => current[k] > command/* LIMITS */.b1[k].max);
    return (over && `${current[over]} ${over} is more than any plan can run (at most ${command/* LIMITS */.b1[over].max})`);
}
/** What a missing metric leaves out of the measurement. */
function missingConsequences(missing, cpuReplaced) {
    const names = new Set(missing.map((m) => m.metric));
    return [
        names.has("CpuTime") && cpuReplaced && "CPU comes from the plan's CpuPercentage instead",
        names.has("MemoryWorkingSet") && "worker memory is not measured (worker-memory-mb's default)",
        names.has("Http5xx") && "5xx shares are left out",
    ]
        .filter(Boolean)
        .join("; ");
}
/** The periods before and after the last configuration write, compared. */
function beforeAfter(series, at) {
    const before = period(series, (t) => t < at.getTime());
    const after = period(series, (t) => t >= at.getTime() + series.intervalSeconds * 1000);
    if (!before || !after)
        return [];
    return [
        {
            level: "notice",
            message: `The site's configuration changed at ${at.toISOString().slice(0, 16).replace("T", " ")} UTC (activity log). Before → after: median response ${(0,units/* duration */.p)(before.p50)} → ${(0,units/* duration */.p)(after.p50)}, p95 ${(0,units/* duration */.p)(before.p95)} → ${(0,units/* duration */.p)(after.p95)}, CPU ${before.cpuSeconds.toFixed(1)} → ${after.cpuSeconds.toFixed(1)} s per interval, memory ${Math.round(before.memoryMb)} → ${Math.round(after.memoryMb)} MB, 5xx ${(0,units/* percent */.K)(before.errorShare)} → ${(0,units/* percent */.K)(after.errorShare)}.`,
        },
    ];
}
function period(series, inside) {
    const points = series.points.filter((x) => inside(x.at));
    const busy = points.filter((x) => (x.requests ?? 0) > 0 && x.responseSeconds !== undefined);
    if (busy.length < 5)
        return undefined;
    const times = busy.map((x) => x.responseSeconds).sort((a, b) => a - b);
    const requests = points.reduce((n, x) => n + (x.requests ?? 0), 0);
    const cpu = points.flatMap((x) => (x.cpuSeconds === undefined ? [] : [x.cpuSeconds]));
    const memory = points.flatMap((x) => x.memoryBytes === undefined ? [] : [x.memoryBytes / 1048576]);
    return {
        p50: (0,queueing/* median */.JZ)(times),
        p95: (0,queueing/* quantile */.YV)(times, 0.95),
        cpuSeconds: cpu.length ? cpu.reduce((n, x) => n + x, 0) / cpu.length : 0,
        memoryMb: memory.length ? (0,queueing/* median */.JZ)(memory) : 0,
        errorShare: requests ? points.reduce((n, x) => n + (x.errors5xx ?? 0), 0) / requests : 0,
    };
}
/** The inputs the recommender uses: measured values where auto asked for them. */
/** To the percent, and to the hundredth of a percent above 99 %, where a tenth triples the need. */
function roundedShare(share) {
    const percent = Math.round(share * 100) / 100;
    return percent < 0.99 ? percent : Math.min(MAX_IO_WAIT_RATIO, Math.round(share * 1e4) / 1e4);
}
function withMeasured(inputs, measured) {
    if (!measured)
        return inputs;
    return {
        ...inputs,
        // Little's law: requests in flight are the arrival rate times the time each is served.
        peakInFlight: measured.peakPerInstancePerSecond * measured.serviceSeconds,
        peakInstances: measured.peakInstances,
        ...(inputs.ioAuto
            ? {
                ioWaitRatio: roundedShare(measured.ioWaitRatio),
                ioSource: "measured from the site's metrics",
                ioProfile: undefined,
            }
            : {}),
        ...(inputs.workerMemoryAuto && measured.workerMemoryMb !== undefined
            ? { workerMemoryMb: measured.workerMemoryMb }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/core/workload/handler-calls.ts

const LIBRARIES = [
    [
        /^(openai|anthropic|azure\.ai\.(inference|openai)|langchain\w*|llama_index|google\.(generativeai|genai)|cohere|mistralai|groq|ollama|litellm|semantic_kernel)\b/,
        "llm",
    ],
    [
        /^(requests|httpx|aiohttp|urllib3|urllib\.request|http\.client|boto3|botocore|azure\.(storage|cosmos|servicebus|search|keyvault|identity)|google\.cloud|grpc|smtplib|stripe|twilio|sendgrid|elasticsearch)\b/,
        "remote",
    ],
    [/^(numpy|pandas|PIL|sklearn|scipy|cv2|torch|tensorflow|polars|matplotlib)\b/, "compute"],
    [
        /^(sqlalchemy|flask_sqlalchemy|psycopg2?|psycopg|pymysql|MySQLdb|pymongo|motor|redis|asyncpg|sqlite3|databases|tortoise|peewee|django\.db)\b/,
        "database",
    ],
];
function kindOf(callee) {
    return LIBRARIES.find(([pattern]) => pattern.test(callee))?.[1];
}
/** Top-level `name = lib.Client(...)`: a call on `name` is a call into `lib`. */
function moduleClients(tree) {
    const out = new Map();
    for (let n = tree.top.firstChild; n; n = n.nextSibling) {
        if (n.name !== "AssignStatement")
            continue;
        const target = n.firstChild;
        const value = n.lastChild;
        if (target?.name !== "VariableName" || value?.name !== "CallExpression")
            continue;
        const callee = tree.callee(value);
        if (kindOf(callee))
            out.set(tree.text(target), callee);
    }
    return out;
}
/** Every call inside `body`, resolved through the imports and the module's clients. */
function callsIn(tree, body, clients) {
    const out = [];
    (0,python_nodes/* walk */.GG)(body, (n) => {
        if (n.name !== "CallExpression")
            return;
        const callee = tree.callee(n);
        // `requests.get(url).json()`: the inner call is visited on its own.
        if (callee.includes("("))
            return;
        const [head, ...rest] = callee.split(".");
        const client = clients.get(head);
        out.push({ node: n, callee: client ? [client, ...rest].join(".") : callee });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/core/workload/infer-profile.ts





/** Calls that send a response in pieces, or ask a model to. */
const STREAMING = /(^|\.)(stream_with_context|StreamingResponse|EventSourceResponse|StreamingHttpResponse)$/;
/** How many of the app's own functions deep a handler's calls are followed. */
const MAX_HOPS = 2;
function inferProfile(snap) {
    const trees = appTrees(snap.files);
    const byFile = new Map(trees.map((t) => [t.file, t]));
    const clients = new Map(trees.map((t) => [t, moduleClients(t)]));
    const found = [];
    let streaming;
    for (const tree of trees) {
        for (const def of handlers(tree)) {
            const handler = tree.text(def.getChild("VariableName") ?? def).slice(0, 80);
            const seen = new Set();
            const visit = (t, body, hops) => {
                if (seen.has(body))
                    return;
                seen.add(body);
                if (!streaming && yields(body))
                    streaming = { file: t.file, line: t.line(body) };
                for (const { node, callee } of callsIn(t, body, clients.get(t))) {
                    const kind = kindOf(callee);
                    if (kind)
                        found.push({ kind, file: t.file, line: t.line(node), callee, handler });
                    if (!streaming && (STREAMING.test(callee) || streamsModel(t, node, kind)))
                        streaming = { file: t.file, line: t.line(node) };
                    const next = hops < MAX_HOPS ? ownFunction(snap, byFile, t, callee) : undefined;
                    if (next)
                        visit(next.tree, next.def, hops + 1);
                }
            };
            visit(tree, def, 0);
        }
    }
    const first = (...kinds) => found.find((c) => kinds.includes(c.kind));
    const remote = first("llm") ?? first("remote");
    if (remote)
        return { profile: "io-bound", because: remote, streaming };
    const compute = first("compute");
    if (compute && !first("database"))
        return { profile: "cpu-bound", because: compute, streaming };
    return { profile: "mixed", because: first("database"), streaming };
}
/** A handler that is a generator sends its answer as it goes. */
function yields(def) {
    if (def.name !== "FunctionDefinition")
        return false;
    let found = false;
    (0,python_nodes/* walk */.GG)(def.getChild("Body") ?? def, (n) => {
        if (n.name === "yield")
            found = true;
    });
    return found;
}
/** `client.chat.completions.create(..., stream=True)`. */
function streamsModel(tree, call, kind) {
    if (kind !== "llm")
        return false;
    const stream = tree.keywords(call).get("stream");
    return stream !== undefined && tree.text(stream) === "True";
}
/** A function of the app's own that a call reaches: in the same file, or imported from one. */
function ownFunction(snap, byFile, tree, callee) {
    const local = !callee.includes(".") ? topFunction(tree, callee) : undefined;
    if (local)
        return { tree, def: local };
    const dot = callee.lastIndexOf(".");
    if (dot < 0)
        return undefined;
    for (const file of moduleFiles(snap, tree.file, callee.slice(0, dot))) {
        const other = byFile.get(file);
        const def = other && topFunction(other, callee.slice(dot + 1));
        if (def)
            return { tree: other, def };
    }
    return undefined;
}
function topFunction(tree, name) {
    for (let n = tree.top.firstChild; n; n = n.nextSibling) {
        const def = n.name === "DecoratedStatement" ? n.getChild("FunctionDefinition") : n;
        if (def?.name === "FunctionDefinition" && tree.text(def.getChild("VariableName")) === name)
            return def;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/workload/inferred-inputs.ts

/**
 * A language model's answer, or a streamed response, keeps its request waiting for seconds
 * against milliseconds of CPU: 1.5 s and 3 ms is 99.8 % waiting. Sized at that share, one vCPU
 * held 256 such users as well as the best configuration measured (docs/benchmarks-long.md),
 * where the io-bound preset's 64 requests in flight held a quarter of them.
 */
const LONG_WAIT_SHARE = 0.998;
/** Seconds-long waits: a model's answer or a stream, sized by the long-wait share. */
const waitsLong = (i) => i.because?.kind === "llm" || i.streaming !== undefined;
function withInferred(inputs, inferred) {
    if (!inputs.ioAuto || !inferred)
        return inputs;
    if (waitsLong(inferred)) {
        return {
            ...inputs,
            ioProfile: undefined,
            ioWaitRatio: LONG_WAIT_SHARE,
            ioSource: "inferred: the handlers wait seconds on a model or a stream",
        };
    }
    if (inferred.profile === inputs.ioProfile)
        return inputs;
    return {
        ...inputs,
        ioProfile: inferred.profile,
        ioWaitRatio: PRESETS[inferred.profile].nominal,
        ioSource: "inferred from what the handlers call",
    };
}
const WHAT = {
    llm: "calls a language model",
    remote: "calls a remote service",
    compute: "computes locally",
    database: "queries a database",
};
/** Where the guess came from, and how to replace it with a measurement. */
function inferenceFinding(inferred, at) {
    if (!inferred || (inferred.profile === "mixed" && !inferred.streaming))
        return [];
    const { because, streaming } = inferred;
    const what = because
        ? `the handler ${because.handler}() ${WHAT[because.kind]} (\`${because.callee.slice(0, 60)}\`, ${because.file} line ${because.line})`
        : `a handler streams its response (${streaming.file} line ${streaming.line})`;
    const sized = waitsLong(inferred)
        ? `it is sized for requests that wait seconds for a few milliseconds of CPU (${LONG_WAIT_SHARE * 100} % waiting${because?.kind === "llm" && streaming ? ", streamed" : ""})`
        : `the ${inferred.profile} preset stands in for a measurement`;
    const where = because ?? streaming;
    return [
        {
            level: "notice",
            message: `io-profile auto: ${what}, so ${sized}. Give app-name and resource-group-name to measure the live site, or set io-wait-ratio to what you measured.`,
            ...at(where.file, where.line),
        },
    ];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/detect/scan-plan.ts
// Which paths the filesystem edge should read next. It lists folders first, then reads what
// `pathsToRead` asks for until nothing new is asked: imports and -r includes lead to more files.






/**
 * The next paths to read: the root's candidates and every subfolder's wsgi.py (Oryx looks for
 * Django there first), then the packages' candidates only while the root holds no app, plus
 * what imports and -r includes lead to. A root app means the packages need not be read at all,
 * which keeps a tree of thousands of folders cheap.
 */
function pathsToRead(snap, appModule) {
    const wanted = new Set();
    for (const file of ROOT_FILES)
        if (exists(snap, file))
            wanted.add(file);
    const candidates = appModule === "auto" ? [...APP_FILES, "__init__.py"] : explicitModuleFiles(appModule);
    const [root, ...folders] = searchFolders(snap);
    const add = (dir, files) => {
        const names = new Set(files.filter((f) => !f.includes("/")));
        for (const name of entries(snap, dir)) {
            if (names.has(name))
                wanted.add(dir === "" ? name : `${dir}/${name}`);
        }
        for (const file of files) {
            // Explicit modules name nested paths (pkg/mod.py), which no one listing holds.
            if (file.includes("/") && exists(snap, joinPath(dir, file)))
                wanted.add(joinPath(dir, file));
        }
    };
    add(root ?? "", candidates);
    const deep = appModule !== "auto" || !rootHasApp(snap);
    for (const dir of folders)
        add(dir, deep ? candidates : ["wsgi.py"]);
    if (appModule === "auto" && deep)
        for (const dir of deepFolders(snap))
            add(dir, candidates);
    for (const file of [...entryFiles(snap), ...entryReads(snap)])
        wanted.add(file);
    for (const [path, text] of snap.files) {
        if (path.endsWith(".txt"))
            for (const inc of requirementIncludes(text, path))
                wanted.add(inc);
        if (path.endsWith(".py")) {
            for (const target of importTargets(snap, path))
                wanted.add(target);
            for (const target of djangoTargets(snap, path, text))
                wanted.add(target);
        }
    }
    const unread = new Set(snap.unread.map((u) => u.path));
    return [...wanted].filter((p) => !snap.files.has(p) && !unread.has(p));
}
/**
 * What the entry points lead to: the modules they start, the requirement files and projects
 * their boot-time installs name.
 */
function entryReads(snap) {
    const { starts, installs } = readEntryPoints(snap);
    const modules = starts.flatMap((s) => targetFiles(s).map((t) => t.file));
    const installed = installs.flatMap((i) => [
        ...i.requirements,
        ...i.projects.flatMap((p) => [joinPath(p, PYPROJECT), joinPath(p, SETUP_PY)]),
    ]);
    return [...modules, ...installed].filter((p) => !p.startsWith("..") && exists(snap, p));
}
/**
 * Django names its modules in strings: the settings (DJANGO_SETTINGS_MODULE), the URL
 * configuration (ROOT_URLCONF) and included URL modules, which lead to the views.
 */
const DJANGO_MODULE_STRING = /(?:DJANGO_SETTINGS_MODULE["']\s*,|ROOT_URLCONF\s*=|\binclude\()\s*["']([A-Za-z_][\w.]*)["']/g;
function djangoTargets(snap, path, text) {
    const modules = [...text.matchAll(DJANGO_MODULE_STRING)].map((m) => m[1]);
    return modules.flatMap((m) => moduleFiles(snap, path, m)).filter((p) => !p.startsWith(".."));
}
/** Undecided until the root's candidates are read. */
function rootHasApp(snap) {
    const unread = new Set(snap.unread.map((u) => u.path));
    const present = APP_FILES.filter((file) => exists(snap, file) && !unread.has(file));
    if (present.some((file) => !snap.files.has(file)))
        return true;
    return present.some((file) => appObjects(snap, file).length > 0);
}

;// CONCATENATED MODULE: ./src/core/detect/text-decoding.ts
// Bytes to text the way pip reads a requirements file (pip/_internal/utils/encoding.py
// auto_decode): a byte-order mark says UTF-16 or UTF-32 (what `pip freeze >` writes in
// Windows PowerShell) or UTF-8; without one, UTF-8. The mark itself is not part of the text.
const MARKS = [
    [[0xef, 0xbb, 0xbf], "utf-8"],
    [[0xff, 0xfe, 0x00, 0x00], "utf-32le"],
    [[0x00, 0x00, 0xfe, 0xff], "utf-32be"],
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
];
/** The text, or undefined for an encoding this runtime cannot decode (UTF-32). */
function decodeText(bytes) {
    for (const [mark, encoding] of MARKS) {
        if (!mark.every((b, i) => bytes[i] === b))
            continue;
        try {
            return new TextDecoder(encoding).decode(bytes.subarray(mark.length));
        }
        catch {
            return undefined;
        }
    }
    return new TextDecoder("utf-8").decode(bytes);
}

;// CONCATENATED MODULE: ./src/fs/repo-scan.ts
// The only filesystem reader: one snapshot of the app folder, taken once and handed to the pure
// checks. Folder listings first, then the files the checks ask for (core/snapshot.ts), with a
// bounded number of operations in flight so a huge tree costs time, not memory.





/** What one run reads in all: past either, files are left unread with a finding. */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const MAX_FILES = 20_000;
/** Filesystem operations in flight at once. */
const CONCURRENCY = 16;
/** Entries kept from a listing: what the checks can use. */
const KEPT_ENTRY = /(\.py|\.txt|\.toml|\.cfg|\.lock|\.sh|^Procfile|^Dockerfile|^\.flaskenv)$/;
class ScanError extends Error {
    name = "ScanError";
}
async function scanApp(root, appModule) {
    const absolute = external_node_path_default().resolve(root);
    const info = await (0,promises_.stat)(absolute).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new ScanError(`working-directory: ${JSON.stringify(root)} is not a folder (resolved to ${absolute})`);
    }
    const rootFromRepo = external_node_path_default().relative(process.cwd(), absolute).split((external_node_path_default()).sep).join("/");
    // Files may be read from anywhere in the repository (a -r ../requirements.txt), never outside.
    const fence = await (0,promises_.realpath)(rootFromRepo.startsWith("..") ? absolute : process.cwd());
    const listings = new Map();
    const files = new Map();
    const unread = [];
    const name = external_node_path_default().basename(absolute);
    const snap = { root, name, rootFromRepo, listings, files, unread };
    listings.set("", await list(absolute));
    for (let todo = foldersToList(snap, appModule); todo.length > 0; todo = foldersToList(snap, appModule)) {
        await inBatches(todo, async (dir) => listings.set(dir, await list(external_node_path_default().join(absolute, dir))));
    }
    const readInside = budgeted(fencedReader(fence));
    const tried = new Set();
    for (let round = 0; round < MAX_READ_ROUNDS; round++) {
        const todo = pathsToRead(snap, appModule).filter((p) => !tried.has(p));
        if (todo.length === 0)
            break;
        for (const p of todo)
            tried.add(p);
        await inBatches(todo, async (rel) => {
            const result = await readInside(external_node_path_default().join(absolute, rel));
            if (typeof result === "string")
                files.set(rel, result);
            else if (result)
                unread.push({ path: rel, reason: result.reason });
        });
    }
    return snap;
}
async function list(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    return entries
        .filter((e) => e.isDirectory() || KEPT_ENTRY.test(e.name))
        .map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
}
/** Reads files that stay inside `fence` (the repository), following no link out of it. */
function fencedReader(fence) {
    // One realpath per folder, not per file: thousands of packages cost thousands of calls.
    const realDirs = new Map();
    const realDir = (dir) => {
        let real = realDirs.get(dir);
        if (!real)
            realDirs.set(dir, (real = (0,promises_.realpath)(dir).catch(() => undefined)));
        return real;
    };
    // path.relative, not a prefix test: a fence of "/" (a job run from the root) holds everything.
    const inside = (p) => {
        const rel = external_node_path_default().relative(fence, p);
        return rel === "" || (!rel.startsWith("..") && !external_node_path_default().isAbsolute(rel));
    };
    /** The file's text; a reason when it is not read; undefined when it does not exist. */
    return async (file) => {
        let info = await (0,promises_.lstat)(file).catch(() => undefined);
        if (!info)
            return undefined;
        let real;
        if (info.isSymbolicLink()) {
            real = await (0,promises_.realpath)(file).catch(() => undefined);
            info = real ? await (0,promises_.stat)(real).catch(() => undefined) : undefined;
            if (!real || !info)
                return undefined;
        }
        else {
            const dir = await realDir(external_node_path_default().dirname(file));
            if (!dir)
                return undefined;
            real = external_node_path_default().join(dir, external_node_path_default().basename(file));
        }
        if (!inside(real))
            return { reason: "outside-repository" };
        if (!info.isFile())
            return undefined;
        if (info.size > MAX_FILE_BYTES)
            return { reason: "too-large" };
        // Empty package markers (__init__.py) are common by the thousand: no need to open them.
        if (info.size === 0)
            return "";
        const bytes = await (0,promises_.readFile)(real).catch(() => undefined);
        if (!bytes)
            return { reason: "unreadable" };
        return decodeText(bytes) ?? { reason: "not-text" };
    };
}
/** The run's reading budget: bytes and files in all, so a hostile tree cannot exhaust memory. */
function budgeted(read) {
    let bytes = 0;
    let files = 0;
    return async (file) => {
        if (bytes >= MAX_TOTAL_BYTES || files >= MAX_FILES) {
            return (0,promises_.lstat)(file).then(() => ({ reason: "budget" }), () => undefined);
        }
        const result = await read(file);
        if (typeof result === "string") {
            bytes += result.length;
            files++;
        }
        return result;
    };
}
async function inBatches(items, each) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await each(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

;// CONCATENATED MODULE: ./src/run/measure.ts
// io-profile auto / worker-memory-mb auto in the action: read the live site's metrics when a
// site is given, and degrade to the presets with a notice or warning when they cannot be read.



async function measureInputs(azure, inputs, files, plan) {
    if (!inputs.ioAuto && !inputs.workerMemoryAuto)
        return undefined;
    const { appName, resourceGroup } = inputs.azure;
    if (!azure || !appName || !resourceGroup) {
        const set = [inputs.ioAuto && "io-profile", inputs.workerMemoryAuto && "worker-memory-mb"];
        return notMeasured(inputs, "no site was given to measure", `Give app-name and resource-group-name (and sign in to Azure) to measure the live site, or set ${set.filter(Boolean).join(" and ")}.`);
    }
    // Metrics never fail the step: whatever goes wrong reading or measuring them ends in presets.
    try {
        return fromObservation(await azure.observe({ window: inputs.metricsWindow, files, ...plan }), inputs);
    }
    catch (error) {
        return notMeasured(inputs, `the site's metrics could not be read (${(0,log_text/* neutralize */.Y)((0,errors/* errorMessage */.gJ)(error))})`, "Reading metrics needs the Reader or Monitoring Reader role on the site.", "warning");
    }
}

;// CONCATENATED MODULE: ./src/run/tune.ts
// One run of gunicorn-tuner, for the action and the CLI alike: (Azure plan) → scan → (measure)
// → analyze → (judge the last change) → (read or write the site). The callers only deliver.












async function tune(inputs, hooks = {}) {
    // Loaded on demand: the Azure SDK dominates start-up time otherwise.
    const azure = usesAzure(inputs)
        ? await (await Promise.all(/* import() */[__nccwpck_require__.e(62), __nccwpck_require__.e(344)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6344))).connectAzure(inputs.azure, hooks.signIn)
        : undefined;
    const plan = inputs.plan.kind === "known"
        ? { resources: inputs.plan.resources, findings: [] }
        : await azure.plan(inputs.appsOnPlan);
    const snapshot = await scanApp(inputs.workingDirectory, inputs.appModule);
    const { cores } = plan.resources;
    // io-profile auto: the handlers' guess stands in until the site is measured.
    const inferred = inputs.ioAuto ? inferProfile(snapshot) : undefined;
    const guessed = withInferred(inputs, inferred);
    const measurement = await measureInputs(azure, guessed, snapshot.files, plan.resources);
    const measured = measurement?.measured;
    const used = withMeasured(guessed, measured);
    const sizing = [
        ...(measured ? [] : inferenceFinding(inferred, (f, l) => repoLocation(snapshot, f, l))),
        ...(measurement?.findings ?? []),
    ];
    const base = analyze(snapshot, used, plan.resources, plan.findings, sizing);
    const analysis = measured
        ? { ...base, findings: [...base.findings, capacity(measured, base.recommendation, cores)] }
        : base;
    hooks.analyzed?.({ analysis, used, measured });
    const judged = azure && inputs.rollbackOnRegression
        ? await azure.judge(plan.resources.memoryMb, inputs.modes.has("apply"))
        : undefined;
    const { site, failure } = await syncSite(azure, inputs, analysis, {
        cores,
        files: snapshot.files,
        undone: judged?.undone,
    });
    const findings = [...analysis.findings, ...(judged?.findings ?? []), ...(site?.findings ?? [])];
    return { snapshot, analysis, used, measured, judged, site, failure, findings };
}
async function syncSite(azure, inputs, analysis, context) {
    if (!azure)
        return { site: undefined, failure: undefined };
    try {
        const site = await azure.sync({
            ...context,
            config: analysis.recommendation.config,
            command: analysis.command,
            apply: inputs.modes.has("apply"),
            dryRun: inputs.azure.dryRun,
            blocked: failsRun(analysis.findings, "error"),
        });
        return { site, failure: undefined };
    }
    catch (error) {
        return { site: undefined, failure: (0,log_text/* neutralize */.Y)((0,errors/* errorMessage */.gJ)(error)) };
    }
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"rE":"0.1.0","Jk":{"O":"git+https://github.com/gunicorn-tuner/gunicorn-tuner.git"}}');
;// CONCATENATED MODULE: ./src/version.ts
// The action's and the CLI's version and repository, from package.json (bundled at build time):
// package.json's `repository` is the one place the action's name is written.

const VERSION = package_namespaceObject.rE;
/** `owner/name`, as a workflow writes it after `uses:`. */
const REPOSITORY = package_namespaceObject.Jk.O
    .replace(/^git\+/, "")
    .replace(/^https:\/\/github\.com\//, "")
    .replace(/\.git$/, "");
/**
 * Where the reasons' evidence links point: the action's own repository at the ref that ran
 * (GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF, set for a step that runs an action), else
 * the published repository at this version's tag.
 */
function evidenceBase(env = process.env) {
    const { GITHUB_ACTION_REPOSITORY: repo, GITHUB_ACTION_REF: ref } = env;
    if (repo && ref)
        return `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo}/blob/${ref}/`;
    return `https://github.com/${REPOSITORY}/blob/v${VERSION}/`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/core/inputs/suggest.ts
var suggest = __nccwpck_require__(6343);
;// CONCATENATED MODULE: ./src/cli/args.ts
// The CLI's command line: `gunicorn-tuner [path] --plan SKU [options]`, parsed by node:util's
// parseArgs. Flags are the action's input names; values are validated by core/inputs.ts.





class UsageError extends Error {
    name = "UsageError";
}
/** One line per flag: what it is and what it accepts (the default is added from DEFAULTS). */
const FLAG_HELP = {
    plan: "App Service plan SKU (below), custom, or auto (read from the site in Azure); required",
    cores: "vCPUs per instance, with --plan custom (1-256)",
    "memory-mb": "memory per instance in MB, with --plan custom (256-4194304)",
    "app-module": "what gunicorn loads: auto, module:app, module:factory() or pkg.wsgi (site/pkg.wsgi in a folder)",
    "io-profile": "share of request time spent waiting on I/O: cpu-bound, mixed or io-bound",
    "io-wait-ratio": "that share measured, 0 to 0.9999 (overrides --io-profile)",
    "working-directory": "the app folder (the same as the path argument)",
    port: "port gunicorn binds on 0.0.0.0 (1-65535)",
    timeout: "gunicorn --timeout in seconds (1-3600; default: App Service's 230 s limit)",
    "worker-memory-mb": "memory one worker uses, in MB (10-65536)",
    "max-connections": "connections the app's database allows it per instance; caps workers × threads (1-100000)",
    "apps-on-plan": "apps sharing the plan's memory (1-64)",
    "allow-multiple-workers": "true to size several workers even where the app keeps state in its process",
    "fail-on": "findings that make the exit status 1: error, warning or never",
    mode: "output, or apply to write the command to the site (needs --app-name)",
    "app-name": "the web app to read (its plan, metrics and startup command) or write",
    "resource-group-name": "the web app's resource group",
    "subscription-id": "the subscription (default: AZURE_SUBSCRIPTION_ID, else the Azure CLI's)",
    "slot-name": "a deployment slot instead of the production site",
    "dry-run": "true to say what apply would write, and write nothing",
    "metrics-window": "how much of the site's history to measure, ISO 8601 (P1D to P30D)",
    "arm-endpoint": "Azure Resource Manager (sovereign clouds differ)",
    "health-timeout": "seconds to wait for the site to answer after a write; 0 skips the check",
    "site-url": "where the health check asks (default: the site's own host name)",
    "health-path": "the path it asks (default: the site's health check path, else /)",
    "rollback-on-regression": "true to judge the last change from the metrics, and undo a worse one",
};
const BOOLEAN_FLAGS = {
    json: "print one JSON object instead of the report",
    help: "show this help",
    version: "print the version",
};
/** `--json=true` and `--json=false` as the flags they mean (`--json`, `--no-json`). */
function booleanForms(argv) {
    return argv.map((arg) => {
        const m = /^--([a-z]+)=(true|false)$/.exec(arg);
        if (!m || !(m[1] in BOOLEAN_FLAGS))
            return arg;
        return m[2] === "true" ? `--${m[1]}` : `--no-${m[1]}`;
    });
}
function parseCliArgs(argv) {
    const options = Object.fromEntries([
        ...CLI_INPUTS.map((name) => [name, { type: "string" }]),
        ...Object.keys(BOOLEAN_FLAGS).map((name) => [name, { type: "boolean" }]),
        ["h", { type: "boolean" }],
    ]);
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: booleanForms(argv),
            options,
            allowPositionals: true,
            allowNegative: true,
            strict: true,
        });
    }
    catch (error) {
        throw usageError(error);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1) {
        throw new UsageError(`expected at most one app folder, got ${positionals.length}: ${positionals.map(errors/* shown */.SP).join(" ")}`);
    }
    const inputs = new Map();
    for (const name of CLI_INPUTS) {
        const value = values[name];
        if (typeof value === "string")
            inputs.set(name, value);
    }
    const [folder] = positionals;
    if (folder !== undefined) {
        const flag = inputs.get("working-directory");
        if (flag !== undefined && flag !== folder) {
            throw new UsageError(`the app folder is given twice: ${(0,errors/* shown */.SP)(folder)} and --working-directory ${(0,errors/* shown */.SP)(flag)}`);
        }
        inputs.set("working-directory", folder);
    }
    return {
        values: inputs,
        json: values.json === true,
        help: values.help === true || values.h === true,
        version: values.version === true,
    };
}
function usageError(error) {
    const flag = error.message.match(/'(-{1,2}[^' ]+)/)?.[1];
    if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && flag) {
        const names = [...CLI_INPUTS, ...Object.keys(BOOLEAN_FLAGS)];
        const close = (0,suggest/* closeMatches */.K)(flag.replace(/^-+/, ""), names, 1).map((n) => `--${n}`);
        const hint = close.length > 0 ? `did you mean ${close.join(" or ")}? ` : "";
        return new UsageError(`unknown option ${flag.length > 60 ? (0,errors/* shown */.SP)(flag) : flag}; ${hint}see --help`);
    }
    if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag) {
        return new UsageError(`${flag} needs a value; see --help`);
    }
    return new UsageError(`${error.message}; see --help`);
}
function usage() {
    const width = Math.max(...CLI_INPUTS.map((n) => n.length)) + 12;
    const line = (flag, text) => `  ${flag.padEnd(width)}${text}`;
    const defaults = (name) => (DEFAULTS[name] ? ` (default ${DEFAULTS[name]})` : "");
    return [
        "Usage: gunicorn-tuner [path] --plan SKU [options]",
        "       gunicorn-tuner [path] --plan auto --app-name NAME --resource-group-name GROUP [--mode apply]",
        "",
        "Recommends the gunicorn startup command for a Python app on Azure App Service (Linux),",
        "explains every number and checks that the app will start. path is the app folder",
        "(default: the current folder). With --app-name it reads the live site (signed in through",
        "the Azure CLI, else AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET), measures it",
        "and, with --mode apply, writes the command as the action does.",
        "",
        "Options:",
        ...CLI_INPUTS.map((name) => line(`--${name} VALUE`, FLAG_HELP[name] + defaults(name))),
        ...Object.entries(BOOLEAN_FLAGS).map(([name, text]) => line(name === "help" ? "-h, --help" : `--${name}`, text)),
        "",
        "",
        `Plans: ${plans/* PLAN_SKUS */.rx.join(", ")}.`,
        "",
        "Exit status: 0 fine, 1 findings fail the run (--fail-on) or the site could not be read or",
        "updated, 2 bad usage or input.",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/cli/run.ts







function toJson(analysis, site) {
    const { layout } = analysis;
    const base = {
        ...(site
            ? { site: { name: site.site, outcome: site.outcome, previous: site.previous ?? null } }
            : {}),
        command: analysis.command ?? null,
        module: layout.module ?? null,
        chdir: layout.chdir ?? null,
        framework: layout.framework,
        protocol: layout.protocol,
        build: layout.build,
        plan: analysis.plan,
        findings: analysis.findings,
        edits: analysis.edits,
    };
    // No app, no numbers: workers for an app that does not exist would only mislead.
    if (!analysis.command)
        return base;
    const { config, maxConcurrency, reasons, memory, evidence } = analysis.recommendation;
    const at = evidenceBase({});
    const links = Object.fromEntries(Object.entries(evidence).flatMap(([k, doc]) => (doc ? [[k, `${at}${doc}`]] : [])));
    return {
        ...base,
        workers: config.workers,
        threads: config.threads,
        workerClass: config.workerClass,
        timeout: config.timeout,
        maxConcurrency,
        memory,
        reasons,
        evidence: links,
    };
}
async function runCli(argv, terminal) {
    const args = parseCliArgs(argv);
    if (args.help) {
        terminal.out(usage() + "\n");
        return 0;
    }
    if (args.version) {
        terminal.out(`gunicorn-tuner ${VERSION}\n`);
        return 0;
    }
    if (!args.values.get("plan")) {
        throw new UsageError("--plan is required: gunicorn-tuner [path] --plan B1 (--help lists the SKUs; auto reads the site's)");
    }
    const inputs = parseInputs((name) => args.values.get(name) ?? "");
    if (inputs.modes.has("comment")) {
        throw new UsageError("--mode comment posts on a pull request: it is for the action");
    }
    const tuned = await tune(inputs);
    const analysis = fromAppRoot({ ...tuned.analysis, findings: [...tuned.findings] }, tuned.snapshot.rootFromRepo);
    const style = terminal.color && !args.json ? ANSI : run_PLAIN;
    terminal.out(args.json
        ? JSON.stringify(toJson(analysis, tuned.site), null, 2) + "\n"
        : renderText({
            title: tuned.snapshot.name,
            ...analysis,
            site: tuned.site,
            evidenceBase: evidenceBase({}),
        }, style));
    if (tuned.failure) {
        terminal.err(`gunicorn-tuner: the site could not be read or updated: ${tuned.failure}\n`);
        return 1;
    }
    if (!failsRun(analysis.findings, inputs.failOn))
        return 0;
    const errors = count(analysis.findings, "error");
    const warnings = count(analysis.findings, "warning");
    terminal.err(`gunicorn-tuner: failing: ${(0,words/* plural */.L)(errors, "error")} and ${(0,words/* plural */.L)(warnings, "warning")} with --fail-on ${inputs.failOn} (see Findings above)\n`);
    return 1;
}
/** A terminal names files from the app folder it was given, not from where it runs. */
function fromAppRoot(analysis, root) {
    if (root === "")
        return analysis;
    const prefix = `${root}/`;
    const findings = analysis.findings.map((f) => f.file?.startsWith(prefix) ? { ...f, file: f.file.slice(prefix.length) } : f);
    return { ...analysis, findings };
}
const run_PLAIN = {
    good: (s) => s,
    bad: (s) => s,
    warn: (s) => s,
    dim: (s) => s,
    bold: (s) => s,
};
const ansi = (code) => (s) => `\x1b[${code}m${s}\x1b[0m`;
const ANSI = {
    good: ansi(32),
    bad: ansi(31),
    warn: ansi(33),
    dim: ansi(2),
    bold: ansi(1),
};

;// CONCATENATED MODULE: ./src/cli/index.ts
// The same core for a terminal: `gunicorn-tuner [path] --plan B1 [--json]`.
// Exit 0: fine; 1: findings fail the run (fail-on); 2: bad usage or input.



const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
const terminal = {
    out: (s) => process.stdout.write((0,log_text/* guardLines */.F)(s)),
    err: (s) => process.stderr.write((0,log_text/* guardLines */.F)(s)),
    color,
};
runCli(process.argv.slice(2), terminal).then((code) => (process.exitCode = code), (error) => {
    process.stderr.write(`gunicorn-tuner: ${(0,log_text/* neutralize */.Y)((0,errors/* errorMessage */.gJ)(error))}\n`);
    process.exitCode = 2;
});


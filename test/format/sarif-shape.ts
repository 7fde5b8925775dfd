/**
 * A hand-written structural check of the parts of the SARIF 2.1.0 schema that staat's output
 * uses. The official schema cannot be fetched here (no network) and must not be vendored from
 * memory, so this encodes the schema's rules for these objects instead: required properties,
 * enums, minimum values, and that no property outside the schema's property list appears (the
 * schema declares `additionalProperties: false` on these objects). Property lists below are the
 * schema's own, so output using any legitimate SARIF property still passes.
 */

type Json = unknown;

const KEYS = {
  sarifLog: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: [
    'tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts',
    'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens',
    'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences',
    'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses',
    'specialLocations', 'properties',
  ],
  tool: ['driver', 'extensions', 'properties'],
  toolComponent: [
    'guid', 'name', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription', 'fullName',
    'version', 'semanticVersion', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'informationUri',
    'globalMessageStrings', 'notifications', 'rules', 'taxa', 'locations', 'language', 'contents', 'isComprehensive',
    'localizedDataSemanticVersion', 'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent',
    'translationMetadata', 'supportedTaxonomies', 'properties',
  ],
  reportingDescriptor: [
    'id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription', 'fullDescription',
    'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties',
  ],
  reportingConfiguration: ['enabled', 'level', 'rank', 'parameters', 'properties'],
  multiformatMessageString: ['text', 'markdown', 'properties'],
  message: ['text', 'markdown', 'id', 'arguments', 'properties'],
  result: [
    'ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid', 'correlationGuid',
    'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs', 'graphTraversals',
    'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri', 'workItemUris',
    'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties',
  ],
  location: ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'],
  physicalLocation: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'],
  artifactLocation: ['uri', 'uriBaseId', 'index', 'description', 'properties'],
  region: [
    'startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength',
    'snippet', 'message', 'sourceLanguage', 'properties',
  ],
  artifact: [
    'description', 'location', 'parentIndex', 'offset', 'length', 'roles', 'mimeType', 'contents', 'encoding',
    'sourceLanguage', 'hashes', 'lastModifiedTimeUtc', 'properties',
  ],
} as const;

const LEVELS = ['none', 'note', 'warning', 'error'];
const COLUMN_KINDS = ['utf16CodeUnits', 'unicodeCodePoints'];

export function checkSarif(log: Json): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string): void => void problems.push(`${where}: ${what}`);

  const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const object = (v: Json, where: string, kind: keyof typeof KEYS, required: string[] = []): Record<string, Json> => {
    if (!isObject(v)) {
      fail(where, 'not an object');
      return {};
    }
    const allowed: readonly string[] = KEYS[kind];
    for (const k of Object.keys(v)) if (!allowed.includes(k)) fail(where, `property '${k}' not allowed in ${kind}`);
    for (const k of required) if (!(k in v)) fail(where, `missing required '${k}'`);
    return v;
  };
  const int = (v: Json, where: string, min: number): void => {
    if (v !== undefined && !(Number.isInteger(v) && (v as number) >= min)) fail(where, `not an integer >= ${min}`);
  };
  const str = (v: Json, where: string): void => {
    if (v !== undefined && typeof v !== 'string') fail(where, 'not a string');
  };
  const array = (v: Json, where: string): Json[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      fail(where, 'not an array');
      return [];
    }
    return v;
  };
  const isAbsoluteUri = (u: string): boolean => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(u);
  const uriReference = (v: Json, where: string): void => {
    str(v, where);
    // RFC 3986: no spaces, backslashes or other characters that must be percent-encoded.
    if (typeof v === 'string' && !/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/.test(v)) fail(where, `not a URI reference: ${v}`);
  };
  const messageString = (v: Json, where: string, kind: 'message' | 'multiformatMessageString'): void => {
    const m = object(v, where, kind, kind === 'multiformatMessageString' ? ['text'] : []);
    str(m['text'], `${where}.text`);
    if (kind === 'message' && !('text' in m) && !('id' in m)) fail(where, 'message needs text or id');
  };
  const artifactLocation = (v: Json, where: string): Record<string, Json> => {
    const a = object(v, where, 'artifactLocation');
    uriReference(a['uri'], `${where}.uri`);
    str(a['uriBaseId'], `${where}.uriBaseId`);
    int(a['index'], `${where}.index`, -1);
    if (a['description'] !== undefined) messageString(a['description'], `${where}.description`, 'message');
    // §3.4.4: a uri with a uriBaseId must be a relative reference.
    if (typeof a['uri'] === 'string' && a['uriBaseId'] !== undefined && isAbsoluteUri(a['uri']))
      fail(where, 'absolute uri with uriBaseId');
    return a;
  };

  const root = object(log, '$', 'sarifLog', ['version', 'runs']);
  if (root['version'] !== '2.1.0') fail('$.version', 'must be "2.1.0"');
  uriReference(root['$schema'], '$.$schema');
  const runs = array(root['runs'], '$.runs');
  runs.forEach((r, ri) => {
    const at = `$.runs[${ri}]`;
    const run = object(r, at, 'run', ['tool']);
    const tool = object(run['tool'], `${at}.tool`, 'tool', ['driver']);
    const driver = object(tool['driver'], `${at}.tool.driver`, 'toolComponent', ['name']);
    str(driver['name'], `${at}.tool.driver.name`);
    str(driver['version'], `${at}.tool.driver.version`);
    if (driver['informationUri'] !== undefined) uriReference(driver['informationUri'], `${at}.tool.driver.informationUri`);
    const rules = array(driver['rules'], `${at}.tool.driver.rules`).map((d, di) => {
      const w = `${at}.tool.driver.rules[${di}]`;
      const rule = object(d, w, 'reportingDescriptor', ['id']);
      str(rule['id'], `${w}.id`);
      if (rule['shortDescription'] !== undefined) messageString(rule['shortDescription'], `${w}.shortDescription`, 'multiformatMessageString');
      if (rule['defaultConfiguration'] !== undefined) {
        const conf = object(rule['defaultConfiguration'], `${w}.defaultConfiguration`, 'reportingConfiguration');
        if (conf['level'] !== undefined && !LEVELS.includes(conf['level'] as string)) fail(`${w}.defaultConfiguration.level`, 'bad level');
      }
      return rule;
    });
    if (run['columnKind'] !== undefined && !COLUMN_KINDS.includes(run['columnKind'] as string)) fail(`${at}.columnKind`, 'bad columnKind');

    const bases = run['originalUriBaseIds'];
    if (bases !== undefined) {
      if (!isObject(bases)) fail(`${at}.originalUriBaseIds`, 'not an object');
      else
        for (const [id, loc] of Object.entries(bases)) {
          const w = `${at}.originalUriBaseIds.${id}`;
          const a = artifactLocation(loc, w);
          // §3.14.14: without a uriBaseId the uri is absent or absolute; a uri ends with '/'.
          if (typeof a['uri'] === 'string') {
            if (a['uriBaseId'] === undefined && !isAbsoluteUri(a['uri'])) fail(w, 'relative uri without uriBaseId');
            if (!a['uri'].endsWith('/')) fail(w, 'base uri must end with /');
          }
        }
    }

    const artifacts = array(run['artifacts'], `${at}.artifacts`).map((x, xi) => {
      const artifact = object(x, `${at}.artifacts[${xi}]`, 'artifact');
      return artifactLocation(artifact['location'], `${at}.artifacts[${xi}].location`);
    });

    array(run['results'], `${at}.results`).forEach((x, xi) => {
      const w = `${at}.results[${xi}]`;
      const result = object(x, w, 'result', ['message']);
      str(result['ruleId'], `${w}.ruleId`);
      int(result['ruleIndex'], `${w}.ruleIndex`, -1);
      if (typeof result['ruleIndex'] === 'number' && result['ruleIndex'] >= 0) {
        const rule = rules[result['ruleIndex']];
        if (rule === undefined) fail(`${w}.ruleIndex`, 'points past the rules');
        else if (result['ruleId'] !== undefined && rule['id'] !== result['ruleId']) fail(`${w}.ruleIndex`, 'names another rule');
      }
      if (result['level'] !== undefined && !LEVELS.includes(result['level'] as string)) fail(`${w}.level`, 'bad level');
      messageString(result['message'], `${w}.message`, 'message');
      if (result['properties'] !== undefined && !isObject(result['properties'])) fail(`${w}.properties`, 'not an object');
      array(result['locations'], `${w}.locations`).forEach((l, li) => {
        const lw = `${w}.locations[${li}]`;
        const location = object(l, lw, 'location');
        if (location['physicalLocation'] === undefined) return;
        const physical = object(location['physicalLocation'], `${lw}.physicalLocation`, 'physicalLocation');
        const a = artifactLocation(physical['artifactLocation'], `${lw}.physicalLocation.artifactLocation`);
        if (typeof a['index'] === 'number' && a['index'] >= 0) {
          const target = artifacts[a['index']];
          if (target === undefined) fail(`${lw}`, 'artifact index points past the artifacts');
          else if (target['uri'] !== a['uri'] || target['uriBaseId'] !== a['uriBaseId']) fail(`${lw}`, 'artifact index names another file');
        }
        if (physical['region'] !== undefined) {
          const region = object(physical['region'], `${lw}.physicalLocation.region`, 'region');
          for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) int(region[k], `${lw}.region.${k}`, 1);
          const { startLine, endLine, startColumn, endColumn } = region as Record<string, number>;
          if (endLine !== undefined && startLine !== undefined && endLine < startLine) fail(lw, 'region ends before it starts');
          if (endLine === startLine && endColumn !== undefined && startColumn !== undefined && endColumn < startColumn)
            fail(lw, 'region ends before it starts');
        }
      });
    });
  });
  return problems;
}

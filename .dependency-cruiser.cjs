// The layers of the registry and which may import which (README, "Layers"). Checked by `npm test`.
//   domain, reference   pure rules and reference data: nothing of ours but each other and errors.ts
//   store               all SQL and driver calls; below everything that does work
//   pdf                 the plan document: domain and labels only
//   services            each piece of work once: domain, reference, store, pdf, and schemas for input
//                       that arrives other than by HTTP (a spreadsheet's rows)
//   schemas             zod input/output schemas shared by the API, the pages and the services
//   fonts               the fonts' files, shared by the document and the pages
//   routes, web, http   translate HTTP: schemas and services, never the store
//   demo                a caller of the services, like the API; started by server and cli only
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Layers import downwards only.', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'Domain rules and reference data do no I/O and know no framework: they import only each other, errors.ts and the words.',
      from: { path: '^src/(domain|reference)/' },
      to: { dependencyTypesNot: ['core'], pathNot: '^src/(domain/|reference/|words/|errors\\.ts$)' },
    },
    {
      name: 'store-is-the-bottom',
      severity: 'error',
      comment: 'Repositories hold SQL and nothing else: they never call up into services, routes or pages.',
      from: { path: '^src/store/' },
      to: { path: '^src/(services|routes|web|http|schemas|demo|pdf)/|^src/(app|server|cli)\\.ts$' },
    },
    {
      name: 'sql-only-in-the-store',
      severity: 'error',
      comment: 'Kysely and the SQLite driver are used inside src/store only (types may be named elsewhere).',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: 'node_modules/(kysely|better-sqlite3|pg)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'services-serve-callers',
      severity: 'error',
      comment: 'Services are called by routes, pages, the CLI and the demo; they never reach back up to them.',
      from: { path: '^src/services/' },
      to: { path: '^src/(routes|web|http|demo)/|^src/(app|server|cli)\\.ts$' },
    },
    {
      name: 'callers-go-through-services',
      severity: 'error',
      comment: 'Routes and pages translate HTTP into a service call; they never read or write the store themselves.',
      from: { path: '^src/(routes|web|http)/' },
      to: { path: '^src/store/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'pages-do-not-use-routes',
      severity: 'error',
      comment: 'The API and the pages share schemas and services, not each other.',
      from: { path: '^src/web/' },
      to: { path: '^src/routes/' },
    },
    {
      name: 'routes-do-not-use-pages',
      severity: 'error',
      from: { path: '^src/routes/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'pdf-prints-only',
      severity: 'error',
      comment: 'The document is drawn from a snapshot; it reads nothing itself.',
      from: { path: '^src/pdf/' },
      to: { path: '^src/(store|services|routes|web|http|schemas|demo)/' },
    },
    {
      name: 'schemas-describe-only',
      severity: 'error',
      comment: 'Schemas state what input and output look like; they know no HTTP, so a service may check a spreadsheet row with them.',
      from: { path: '^src/schemas/' },
      to: { path: '^src/(store|services|routes|web|http|demo|pdf)/' },
    },
    {
      name: 'callers-do-not-draw',
      severity: 'error',
      comment: 'Routes and pages get documents from the services; what they share with the document (the fonts) lives in src/fonts.',
      from: { path: '^src/(routes|web|http)/' },
      to: { path: '^src/pdf/' },
    },
    {
      name: 'words-are-words',
      severity: 'error',
      comment: 'The catalogue of words is a leaf: every layer says its words from it, and it knows none of them.',
      from: { path: '^src/words/' },
      to: { path: '^src/', pathNot: '^src/words/' },
    },
    {
      name: 'fonts-are-files',
      severity: 'error',
      comment: 'The fonts module finds font files; it depends on nothing of ours.',
      from: { path: '^src/fonts/' },
      to: { path: '^src/', pathNot: '^src/fonts/' },
    },
    {
      name: 'demo-is-a-caller',
      severity: 'error',
      comment: 'The demo seed is started by the server and the CLI (and tests); nothing else depends on it.',
      from: { path: '^src/', pathNot: '^src/(demo/|server\\.ts$|cli\\.ts$)' },
      to: { path: '^src/demo/' },
    },
    {
      name: 'no-fixtures-at-run-time',
      severity: 'error',
      comment: 'fixtures/ holds test data; what the registry needs at run time lives in src/reference.',
      from: { path: '^src/' },
      to: { path: '^fixtures/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};

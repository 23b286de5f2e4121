// The package's entry at run time. In this repository the kit compiles with the project (`npm run build` writes
// dist/subgraphs/kit/), so core subgraphs and partners load the very same modules: one AgendaItem, one registry.
module.exports = require('../../dist/subgraphs/kit/index.js');

// A webpack loader for `*.prebuilt.ts` modules: runs the module in Node.js at build time and bundles its
// exports as literals (JSON), so that the code which computed them stays out of the bundle.
const tsx = require("tsx/cjs/api");

module.exports = function prebuiltModuleLoader() {
  // Computed afresh on every build: the module's result depends on every file it imports.
  this.cacheable(false);
  const exported = tsx.require(this.resourcePath, __filename);
  return Object.entries(exported)
    .map(([name, value]) => {
      const json = JSON.stringify(value);
      if (json === undefined) throw new Error(`${this.resourcePath}: export ${name} is not plain data`);
      return `export const ${name} = ${json};`;
    })
    .join("\n");
};

/*
 * The CustomFunctions global as Excel's JavaScript-only runtime provides it
 * (associate, Error, ErrorCode), for loading dist/functions.js in a plain
 * page: the browser twin of the shim in test/helpers/registered.ts.
 */
(function () {
  "use strict";
  var registry = {};
  class CustomFunctionError extends Error {
    constructor(code, message) {
      super(message === undefined ? "" : message);
      this.code = code === undefined ? "#VALUE!" : code;
    }
  }
  window.CustomFunctions = {
    associate: function (idOrMap, fn) {
      if (typeof idOrMap === "string") registry[idOrMap.toUpperCase()] = fn;
      else for (var k in idOrMap) registry[k.toUpperCase()] = idOrMap[k];
    },
    Error: CustomFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      invalidNumber: "#NUM!",
      divisionByZero: "#DIV/0!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
  window.__btuRegistry = registry;
})();

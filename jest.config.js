// This file configures jest: TypeScript through ts-jest (type checking is done once by `tsc` in `npm test`).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/closing-line-reporter.js"],
};

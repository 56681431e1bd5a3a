#!/usr/bin/env node
// This file is the package's `so-thi-dua` command: it runs the CLI bundle that `npm ci` (prepare) builds.
require("../dist/cli/so-thi-dua.js");

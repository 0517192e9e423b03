// The task pane bundle: `npm run build` writes dist/ (taskpane.html, the bundle, assets/,
// manifest.xml); `npm start` serves the same at https://localhost:3000 for sideloading.
//
// `--env output=DIR` builds into another folder (the browser test builds into a temp dir).
// `--env harness` builds test/taskpane/harness.tsx instead: the real pane with a fake Office
// session, so that a browser test can drive the PowerPoint and Word paths outside Office.
// With ADDIN_BASE_URL set (e.g. https://kap.example.com), dist/manifest.xml is written for that
// host (scripts/manifest.js) and checked against the add-in manifest schema; without it, the
// build copies the development manifest (localhost) and says so.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { homedir } = require('node:os');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { productionManifest, schemaProblems } = require('./scripts/manifest.js');

const PORT = 3000;

/**
 * TLS for the dev server. office-addin-dev-certs makes a CA and a localhost certificate and then
 * tries to trust the CA system-wide, which needs root rights (sudo) on Linux. When only that last
 * step fails the certificate files exist and are used (the browser or Office must then be told to
 * trust ~/.office-addin-dev-certs/ca.crt); without them webpack-dev-server makes its own.
 */
async function httpsServer() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options };
  } catch (error) {
    const dir = path.join(homedir(), '.office-addin-dev-certs');
    const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
    const paths = Object.fromEntries(
      Object.entries(files).map(([name, file]) => [name, path.join(dir, file)]),
    );
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (Object.values(paths).every((file) => existsSync(file))) {
      process.stderr.write(
        `[https] office-addin-dev-certs could not trust its CA (${reason}).\n` +
          `[https] Serving with ${paths.cert}; trust ${paths.ca} in your browser or system to avoid warnings.\n`,
      );
      return {
        type: 'https',
        options: Object.fromEntries(
          Object.entries(paths).map(([name, file]) => [name, readFileSync(file)]),
        ),
      };
    }
    process.stderr.write(
      `[https] office-addin-dev-certs failed (${reason}).\n` +
        `[https] Falling back to webpack-dev-server's own self-signed certificate: ` +
        `Office will not load the add-in until you trust it.\n`,
    );
    return 'https';
  }
}

/** After emitting: the production manifest is valid, or a build for production says it is not one. */
class ManifestCheck {
  constructor(deployTo, production) {
    this.deployTo = deployTo;
    this.production = production;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('ManifestCheck', (compilation) => {
      const file = path.join(compiler.outputPath, 'manifest.xml');
      if (!this.deployTo) {
        if (this.production) {
          compilation.warnings.push(
            new Error(
              'dist/manifest.xml is the development manifest (https://localhost:3000): set ADDIN_BASE_URL to build one for your host.',
            ),
          );
        }
        return;
      }
      const problems = schemaProblems(file);
      if (problems === null) {
        compilation.warnings.push(
          new Error(
            'manifest.xml was not checked against the schema (xmllint or ../shared missing).',
          ),
        );
      } else if (problems !== undefined) {
        compilation.errors.push(new Error(`dist/manifest.xml is not valid:\n${problems}`));
      }
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const output = env.output ? path.resolve(env.output) : path.resolve(__dirname, 'dist');
  // Only `webpack serve` needs certificates; a build must not touch them.
  const server = env.WEBPACK_SERVE ? await httpsServer() : undefined;
  const harness = Boolean(env.harness);
  const deployTo = process.env.ADDIN_BASE_URL;
  const page = harness
    ? new HtmlWebpackPlugin({
        filename: 'harness.html',
        chunks: ['harness'],
        templateContent:
          '<!doctype html><html lang="en"><head><meta charset="UTF-8" />' +
          '<title>Key Account Planner (test harness)</title></head>' +
          '<body style="margin: 0"><div id="root"></div></body></html>',
        inject: 'head',
        scriptLoading: 'defer',
      })
    : new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        // Appended to <head> after the office.js tag, deferred: office.js runs first.
        inject: 'head',
        scriptLoading: 'defer',
      });

  return {
    mode: production ? 'production' : 'development',
    entry: harness
      ? { harness: './test/taskpane/harness.tsx' }
      : { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: output,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      // dist/node holds the command line (npm run build:cli): a build must leave it alone.
      clean: { keep: /^node[\\/]/ },
    },
    devtool: 'source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // pptxgenjs's ES build imports node:fs and node:https for reading images from disk and
      // from URLs, guarded by a Node check; in the browser they are never loaded, so they
      // become empty modules.
      fallback: { fs: false, https: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          include: [
            path.resolve(__dirname, 'src'),
            ...(harness ? [path.resolve(__dirname, 'test/taskpane')] : []),
          ],
          use: {
            loader: 'ts-loader',
            // Type errors are `npm run typecheck`'s job; the build stays fast.
            options: { transpileOnly: true, configFile: 'tsconfig.json' },
          },
        },
      ],
    },
    plugins: [
      // webpack resolves `node:` specifiers only for Node targets; for the web target the
      // scheme is dropped so that resolve.fallback above applies.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      page,
      ...(harness
        ? []
        : [
            new CopyWebpackPlugin({
              patterns: [
                // The README's pictures are documentation, not part of the add-in.
                { from: 'assets', to: 'assets', globOptions: { ignore: ['**/readme/**'] } },
                {
                  from: 'manifest.xml',
                  to: 'manifest.xml',
                  transform: (content) =>
                    deployTo ? productionManifest(content.toString('utf8'), deployTo) : content,
                },
              ],
            }),
            new ManifestCheck(deployTo, production),
          ]),
    ],
    optimization: {
      // One lazy chunk for the story and the renderers (with pptxgenjs, docx, jszip), rather
      // than webpack's default split of their node_modules into a chunk with a numeric name.
      splitChunks: { cacheGroups: { defaultVendors: false, default: false } },
    },
    performance: {
      // The start-up bundle (React, Fluent UI, zod) is what a user waits for; the renderers load
      // on the first download. Budgets sit a little above today's sizes to catch regressions.
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1_000_000,
      maxAssetSize: 1_500_000,
      assetFilter: (file) => file.endsWith('.js'),
    },
    devServer: {
      port: PORT,
      server,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

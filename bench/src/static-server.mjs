// A plain static file server for the load comparison: one prerendered HTML file, gzipped once at
// start-up (as nginx's gzip_static or a CDN would serve it), answered for every GET but a
// browser's request for something other than a page (`Sec-Fetch-Dest` set and not `document`: the
// favicon it asks for by itself), which gets an empty 404 rather than a copy of the page.
// Usage: node static-server.mjs <file.html> <port>
import http from 'node:http'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const [file, port] = process.argv.slice(2)
if (!file || !port) {
  console.error('Usage: node static-server.mjs <file.html> <port>')
  process.exit(2)
}
const raw = readFileSync(file)
const gz = gzipSync(raw)

http
  .createServer((req, res) => {
    const dest = req.headers['sec-fetch-dest']
    if (dest !== undefined && dest !== 'document') {
      res.writeHead(404, { 'content-length': 0 })
      res.end()
      return
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    const body = gzip ? gz : raw
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      vary: 'Accept-Encoding',
    })
    res.end(body)
  })
  .listen(Number(port), '127.0.0.1')

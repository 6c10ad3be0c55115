import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// Uploads go through server actions and pass the proxy; both buffer the body.
// The upload limit itself (MAX_UPLOAD_MB) is enforced by the importer.
const uploadBodyLimit = `${Number(process.env.MAX_UPLOAD_MB ?? 20) + 5}mb` as const;

const nextConfig: NextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: uploadBodyLimit },
    proxyClientMaxBodySize: uploadBodyLimit,
  },
  // Native and WASM modules are loaded by Node at run time, not bundled. Typst's
  // compiler is a native module that the PDF workers load from node_modules.
  // piscina starts its workers from its own files.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@myriaddreamin/typst-ts-node-compiler", "nodemailer", "piscina"],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

import { handleDownloadRequest } from '@/lib/open-data/download-route';

// /donnees/<collection>.csv, .json and .schema.json (lib/open-data/download-route.ts).
export async function GET(request: Request, { params }: { params: Promise<{ fichier: string }> }) {
  return handleDownloadRequest(request, (await params).fichier);
}

export { GET as HEAD };

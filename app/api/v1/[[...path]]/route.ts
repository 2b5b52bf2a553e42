import { handleApiRequest } from '@/lib/api/router';

// Every /api/v1 address, the unknown ones included (a problem+json 404 rather than
// the site's HTML page): lib/api/router.ts dispatches, limits and answers.
type Context = { params: Promise<{ path?: string[] }> };

async function handle(request: Request, { params }: Context): Promise<Response> {
  const { path = [] } = await params;
  return handleApiRequest(request, path);
}

export { handle as GET, handle as HEAD, handle as OPTIONS, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };

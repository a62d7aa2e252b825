// Sends an eForms notice to POST /notices as its XML body (not through /graphql, whose
// 1 MiB body limit refuses a 100-lot notice), with upload progress. XMLHttpRequest, because
// fetch reports no upload progress. The session cookie goes along; the CSRF header is what
// api/plugins/session.ts asks of a cookie-authenticated POST.

export interface NoticeUploadResult {
  created: boolean;
  notice: { noticeId: string; version: string; title: string; buyer: string; deadline: string | null };
  tenders: { tenderId: string; title: string }[];
  /** Lots whose deadline had already passed (imported closed). */
  expired: number;
}

/** A problem of a refused notice: its reason (a code and parameters) to say it in the reader's language. */
export interface NoticeProblem {
  path: (string | number)[];
  message: string;
  reason?: { code: string; params?: Record<string, string | number> };
}

export class NoticeUploadError extends Error {
  constructor(
    readonly status: number,
    readonly problems: NoticeProblem[],
    message: string,
  ) {
    super(message);
  }
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

export function uploadNotice(
  xml: Blob | string,
  onProgress: (progress: UploadProgress) => void,
): Promise<NoticeUploadResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/notices');
    request.setRequestHeader('content-type', 'application/xml');
    request.setRequestHeader('x-passerelle-csrf', '1');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    };
    request.onerror = () => reject(new NoticeUploadError(0, [], 'network'));
    request.onload = () => {
      const body = request.response as
        | (NoticeUploadResult & { errors?: undefined })
        | { errors?: { message: string; extensions?: { problems?: NoticeProblem[] } }[] }
        | null;
      if (request.status === 200 && body && !body.errors) {
        resolve(body as NoticeUploadResult);
        return;
      }
      const errors = body?.errors ?? [];
      const problems = errors.flatMap(
        (e) => e.extensions?.problems ?? [{ path: [], message: e.message } satisfies NoticeProblem],
      );
      reject(new NoticeUploadError(request.status, problems, errors[0]?.message ?? `HTTP ${request.status}`));
    };
    request.send(xml);
  });
}

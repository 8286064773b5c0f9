// Tells a download that never reached its server (offline, DNS, refused, blocked) from one the
// server answered badly (404, a corrupt file), from the error messages browsers and Transformers.js
// give, so that the page can say "you are offline" rather than print a bare "Failed to fetch".
// Framework-free.

const NETWORK_FAILURE = /failed to fetch|networkerror|network error|load failed|err_internet_disconnected|err_name_not_resolved|err_connection|err_network|err_address_unreachable|fetch failed/i;

/** Whether an error message says that the request did not reach the server at all. */
export function isNetworkFailure(message: string): boolean {
  return NETWORK_FAILURE.test(message);
}

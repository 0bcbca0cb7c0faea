/** The status a server shows on the API, the panel and the console socket. */
export const SERVER_STATUSES = ['installing', 'install_failed', 'offline', 'starting', 'running', 'stopping'] as const;
export type ServerStatus = (typeof SERVER_STATUSES)[number];

// The chat service: the Teams SDK bot and message extension that post status to SharePoint.
export { startChatService, DEFAULT_CHAT_PORT, MESSAGING_PATH, type ChatService, type ChatServiceOptions } from './chat-service';
export { registerStatusBot, REPORT_STATUS_COMMAND, type StatusBotDeps } from './status-bot';
export { createIdentityResolver, IdentityError, type ChatUser, type IdentityResolver, type TeamsAccount } from './identity';
export { createTargetDirectory, type TargetDirectory } from './targets';
export { parseCommand, type ChatCommand } from './commands';
export { submissionKey } from './status-flows';

import { startServer } from './server';
startServer();

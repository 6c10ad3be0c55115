-- CreateEnum
CREATE TYPE "EmailNotifications" AS ENUM ('OFF', 'INSTANT', 'DAILY');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailNotifications" "EmailNotifications" NOT NULL DEFAULT 'INSTANT',
ADD COLUMN     "lastDigestAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Notification_emailedAt_readAt_createdAt_idx" ON "Notification"("emailedAt", "readAt", "createdAt");

-- Notifications from before email are not sent now.
UPDATE "Notification" SET "emailedAt" = "createdAt";

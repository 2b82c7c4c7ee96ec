import { z } from 'zod';

export const notificationDto = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    message: z.string().describe('In the language of the request'),
    matterId: z.uuid().nullable(),
    meetingId: z.uuid().nullable().describe('The meeting it is about, if any'),
    createdAt: z.string(),
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });
export type NotificationDto = z.infer<typeof notificationDto>;

export const notificationListDto = z.object({
  items: z.array(notificationDto),
  unread: z.number().int(),
});

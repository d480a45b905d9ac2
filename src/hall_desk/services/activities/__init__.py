"""Activities (活动): sessions in booked rooms, sign-ups with a waiting list, attendance,
volunteer shifts and their hours, and certificates of volunteer service."""

export function LessonView(_props: Record<string, unknown>) {
  return null;
}

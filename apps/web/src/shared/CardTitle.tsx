import { Typography } from 'antd';

/** A card's heading at the page's second level, drawn at the size of antd's card titles. */
export function CardTitle({ text }: { readonly text: string }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
      {text}
    </Typography.Title>
  );
}

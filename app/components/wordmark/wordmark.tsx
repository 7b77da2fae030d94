import * as styles from "./wordmark.css";

/**
 * The site's mark: a speech bubble with three dots (someone answers) in one colour, drawn inline so
 * that it needs no file and prints in one colour. The name beside it is the site's name in the
 * page's language; the mark itself is decoration (aria-hidden).
 */
export function WordmarkIcon({ className }: { className?: string }) {
  return (
    <svg
      className={className ?? styles.icon}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="currentColor" />
      <path
        d="M8 9.5h16a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-9l-5 4v-4H8a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2z"
        fill="#fff"
      />
      <circle cx="11.5" cy="15.5" r="1.6" fill="currentColor" />
      <circle cx="16" cy="15.5" r="1.6" fill="currentColor" />
      <circle cx="20.5" cy="15.5" r="1.6" fill="currentColor" />
    </svg>
  );
}

export function Wordmark({ name }: { name: string }) {
  return (
    <span className={styles.wordmark}>
      <WordmarkIcon />
      <span className={styles.name}>{name}</span>
    </span>
  );
}

import type { Ref } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'isPending'> {
  variant?: Variant;
  className?: string;
  /** While a request runs: presses are ignored and the button says it is busy. */
  isPending?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/*
 * React Aria's own `isPending` announces through a live region that points at the button by id;
 * when the press navigates away (sign in, set password) that reference dangles, which assistive
 * technology and axe both trip over. So pending is expressed here with aria-disabled instead.
 */
export function Button({
  variant = 'primary',
  className,
  isPending = false,
  onPress,
  ...props
}: ButtonProps) {
  const classes = ['button', `button--${variant}`, isPending ? 'button--pending' : null, className]
    .filter(Boolean)
    .join(' ');
  return (
    <AriaButton
      {...props}
      onPress={isPending ? undefined : onPress}
      aria-disabled={isPending || undefined}
      className={classes}
    />
  );
}

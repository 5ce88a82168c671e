import { tokens } from "@fluentui/react-components";

/** The look of a card: facts set apart from the text (key figures, a template's identity) on a light box with a thin border. */
export const CARD_LOOK = {
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground2,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};

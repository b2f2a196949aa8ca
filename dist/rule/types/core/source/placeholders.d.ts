/**
 * Template placeholders in a flow's JSON: CloudFormation `Fn::Sub` variables (`${QueueArn}`,
 * `${AWS::Region}`, `${Lambda.Arn}`) and Terraform `templatefile()` interpolations (`${queue_arn}`,
 * `${jsonencode(x)}`). In practice they sit inside JSON strings and need nothing. One written where a value
 * belongs (`"Timeout": ${timeout}`) is replaced with a JSON value of exactly the same length, so the text
 * parses and every offset (and so every finding's line and column) stays where it was.
 */
/**
 * Returns `text` with every placeholder that would break JSON replaced by a same-length stand-in: one
 * outside strings becomes a JSON value, one inside a string that holds quotes or backslashes becomes `$___`.
 * Returns undefined when nothing needed replacing.
 */
export declare function standInPlaceholders(text: string): string | undefined;
/**
 * True when a value is filled in later and cannot be checked before deploy: a contact attribute (`$.Attributes.x`)
 * or a deploy-time placeholder of any templating in use (`${x}`, `%%x%%`, `%x%`, `{{x}}`). Rules treat every
 * kind alike, whatever parameter holds it.
 */
export declare function isFilledLater(text: string): boolean;

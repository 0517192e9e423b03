// The button under an item list that adds an item. `data-add-button` is how the list finds it
// to take the focus when its last item is deleted (ItemList).
import { Button, type ButtonProps } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';

export function AddButton(props: ButtonProps) {
  return (
    <Button appearance="subtle" size="small" icon={<AddRegular />} data-add-button {...props} />
  );
}

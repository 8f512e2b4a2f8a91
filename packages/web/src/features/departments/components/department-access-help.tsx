import { HelpTip } from '../../../components/help-tip';

/** What Full and Assign access mean, behind a "?" (the departments page and the permission groups' department access). */
export function DepartmentAccessHelp() {
  return (
    <HelpTip topic="department access">
      <p>
        <strong>Full</strong>: see and work the department&apos;s tickets. <strong>Assign</strong>: may assign tickets to the department
        without seeing them afterwards.
      </p>
      <p>Agents get it directly or through their permission groups, whichever is higher.</p>
    </HelpTip>
  );
}

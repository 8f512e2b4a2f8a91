import { loginEmailChangedEmail, maskEmail } from './mail.templates';

describe('the login email changed notice', () => {
  it('masks the new address down to its first letters and top-level domain', () => {
    expect(maskEmail('pat.new@example.com')).toBe('p***@e***.com');
    expect(maskEmail('a@b.co.uk')).toBe('a***@b***.uk');
    expect(maskEmail('root@localhost')).toBe('r***@l***');
  });

  it('says who changed it and what to do, with names escaped in the HTML', () => {
    const self = loginEmailChangedEmail({
      agentName: '<b>Pat</b>',
      maskedNewEmail: 'p***@e***.com',
      changedBy: null,
      signInUrl: 'https://help.example.com/sign-in',
    });
    expect(self.subject).toBe('Your Roster login email was changed');
    expect(self.text).toContain('changed from your account to p***@e***.com');
    expect(self.text).toContain('If you did not make this change');
    expect(self.html).toContain('&lt;b&gt;Pat&lt;/b&gt;');
    expect(self.html).not.toContain('<b>Pat</b>');
    const byAdmin = loginEmailChangedEmail({ agentName: 'Pat', maskedNewEmail: 'p***@e***.com', changedBy: 'Ada Admin', signInUrl: 'x' });
    expect(byAdmin.text).toContain('changed by Ada Admin, an administrator, to p***@e***.com');
    expect(byAdmin.text).toContain('If you did not expect this change');
  });
});

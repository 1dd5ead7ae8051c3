/** Keywords of ssh_config(5) and sshd_config(5) (OpenSSH 10), and the ones OpenSSH renamed or removed. */

const CLIENT = `host match addkeystoagent addressfamily batchmode bindaddress bindinterface canonicaldomains
canonicalizefallbacklocal canonicalizehostname canonicalizemaxdots canonicalizepermittedcnames casignaturealgorithms
certificatefile channeltimeout checkhostip ciphers clearallforwardings compression connectionattempts connecttimeout
controlmaster controlpath controlpersist dynamicforward enableescapecommandline enablesshkeysign escapechar
exitonforwardfailure fingerprinthash forkafterauthentication forwardagent forwardx11 forwardx11timeout
forwardx11trusted gatewayports globalknownhostsfile gssapiauthentication gssapidelegatecredentials hashknownhosts
hostbasedacceptedalgorithms hostbasedauthentication hostkeyalgorithms hostkeyalias hostname identitiesonly
identityagent identityfile ignoreunknown include ipqos kbdinteractiveauthentication kbdinteractivedevices
kexalgorithms knownhostscommand localcommand localforward loglevel logverbose macs nohostauthenticationforlocalhost
numberofpasswordprompts obscurekeystroketiming passwordauthentication permitlocalcommand permitremoteopen
pkcs11provider port preferredauthentications proxycommand proxyjump proxyusefdpass pubkeyacceptedalgorithms
pubkeyauthentication rekeylimit remotecommand remoteforward requesttty requiredrsasize revokedhostkeys
securitykeyprovider sendenv serveralivecountmax serveraliveinterval sessiontype setenv stdinnull
streamlocalbindmask streamlocalbindunlink stricthostkeychecking syslogfacility tag tcpkeepalive tunnel
tunneldevice updatehostkeys user userknownhostsfile verifyhostkeydns visualhostkey xauthlocation
pubkeyacceptedkeytypes hostbasedkeytypes`;

const SERVER = `match acceptenv addressfamily allowagentforwarding allowgroups allowstreamlocalforwarding
allowtcpforwarding allowusers authenticationmethods authorizedkeyscommand authorizedkeyscommanduser
authorizedkeysfile authorizedprincipalscommand authorizedprincipalscommanduser authorizedprincipalsfile banner
casignaturealgorithms channeltimeout chrootdirectory ciphers clientalivecountmax clientaliveinterval compression
denygroups denyusers disableforwarding exposeauthinfo fingerprinthash forcecommand gatewayports
gssapiauthentication gssapicleanupcredentials gssapistrictacceptorcheck hostbasedacceptedalgorithms
hostbasedauthentication hostbasedusesnamefrompacketonly hostcertificate hostkey hostkeyagent hostkeyalgorithms
ignorerhosts ignoreuserknownhosts include ipqos kbdinteractiveauthentication kerberosauthentication
kerberosorlocalpasswd kerberosticketcleanup kexalgorithms listenaddress logingracetime loglevel logverbose macs
maxauthtries maxsessions maxstartups modulifile passwordauthentication permitemptypasswords permitlisten permitopen
permitrootlogin permittty permittunnel permituserenvironment permituserrc persourcemaxstartups
persourcenetblocksize persourcepenalties persourcepenaltyexemptlist pidfile port printlastlog printmotd
pubkeyacceptedalgorithms pubkeyauthentication pubkeyauthoptions rdomain rekeylimit requiredrsasize revokedkeys
securitykeyprovider setenv streamlocalbindmask streamlocalbindunlink strictmodes subsystem syslogfacility
tcpkeepalive trustedusercakeys unusedconnectiontimeout usedns usepam versionaddendum x11displayoffset
x11forwarding x11uselocalhost xauthlocation pubkeyacceptedkeytypes hostbasedacceptedkeytypes`;

const words = (list: string): Set<string> => new Set(list.toLowerCase().split(/\s+/).filter(Boolean));

export const CLIENT_KEYWORDS = words(CLIENT);
export const SERVER_KEYWORDS = words(SERVER);

/** Keywords only one side has, used to tell an sshd_config from an ssh_config by content. */
export const SERVER_ONLY = new Set([...SERVER_KEYWORDS].filter((keyword) => !CLIENT_KEYWORDS.has(keyword)));
export const CLIENT_ONLY = new Set([...CLIENT_KEYWORDS].filter((keyword) => !SERVER_KEYWORDS.has(keyword)));

export interface Deprecation {
  replacement: string | null;
  /** The OpenSSH release that renamed or removed it, and what happens now. */
  history: string;
}

/** Sources: OpenSSH release notes; ssh_config(5) and sshd_config(5) of each release. */
export const DEPRECATED: Record<string, Deprecation> = {
  pubkeyacceptedkeytypes: { replacement: 'PubkeyAcceptedAlgorithms', history: 'renamed in OpenSSH 8.5; the old name is still accepted' },
  hostbasedkeytypes: { replacement: 'HostbasedAcceptedAlgorithms', history: 'renamed in OpenSSH 8.5; the old name is still accepted' },
  hostbasedacceptedkeytypes: {
    replacement: 'HostbasedAcceptedAlgorithms',
    history: 'renamed in OpenSSH 8.5; the old name is still accepted',
  },
  challengeresponseauthentication: {
    replacement: 'KbdInteractiveAuthentication',
    history: 'renamed in OpenSSH 8.7; the old name is still accepted',
  },
  protocol: { replacement: null, history: 'SSH protocol 1 was removed in OpenSSH 7.6, so this setting is ignored' },
  useprivilegeseparation: { replacement: null, history: 'privilege separation is mandatory since OpenSSH 7.5, so this setting is ignored' },
  rsaauthentication: {
    replacement: null,
    history: 'an SSH protocol 1 option, ignored since protocol 1 was removed (OpenSSH 7.4 server, 7.6 client)',
  },
  rhostsrsaauthentication: {
    replacement: null,
    history: 'an SSH protocol 1 option, ignored since protocol 1 was removed (OpenSSH 7.4 server, 7.6 client)',
  },
  serverkeybits: { replacement: null, history: 'an SSH protocol 1 option, ignored since OpenSSH 7.4' },
  keyregenerationinterval: { replacement: null, history: 'an SSH protocol 1 option, ignored since OpenSSH 7.4' },
  uselogin: { replacement: null, history: 'removed in OpenSSH 7.4' },
  useroaming: { replacement: null, history: 'disabled in OpenSSH 7.1p2 after the roaming leak (CVE-2016-0777) and since removed' },
  cipher: { replacement: 'Ciphers', history: 'an SSH protocol 1 option, ignored since protocol 1 was removed' },
  compressionlevel: { replacement: null, history: 'an SSH protocol 1 option, ignored since protocol 1 was removed' },
  dsaauthentication: { replacement: 'PubkeyAuthentication', history: 'an old alias; DSA itself was removed in OpenSSH 10.0' },
  authorizedkeysfile2: { replacement: 'AuthorizedKeysFile', history: 'removed in OpenSSH 5.9; list both files in AuthorizedKeysFile' },
};

/**
 * sshd_config keywords that sshd refuses inside a Match block ("Directive 'Ciphers' is not allowed within a
 * Match block", and sshd does not start): those without SSHCFG_MATCH in servconf.c's keyword table, removed
 * ones included (Protocol, UsePrivilegeSeparation...: sshd still refuses them there). Checked against `sshd -T`
 * in the tests; PerSourcePenalties and its exempt list (OpenSSH 9.8) are global there too. sshd only refuses
 * them in a block that is not active when it starts, which is every Match block but `Match all`.
 */
export const SERVER_GLOBAL_ONLY = words(`addressfamily ciphers compression fingerprinthash gssapicleanupcredentials
gssapistrictacceptorcheck hostcertificate hostkey hostkeyagent hostkeyalgorithms ignoreuserknownhosts
kerberosorlocalpasswd kerberosticketcleanup kexalgorithms listenaddress logingracetime macs maxstartups modulifile
permituserenvironment persourcemaxstartups persourcenetblocksize persourcepenalties persourcepenaltyexemptlist pidfile
port printlastlog printmotd securitykeyprovider strictmodes subsystem syslogfacility tcpkeepalive usedns usepam
versionaddendum xauthlocation protocol useprivilegeseparation uselogin keyregenerationinterval serverkeybits
dsaauthentication reversemappingcheck verifyreversemapping`);

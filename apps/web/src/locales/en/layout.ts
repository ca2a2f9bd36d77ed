export default {
  menu: {
    title: 'Navigation',
    home: 'Home',
    week: 'This week',
    battleMap: 'Battle map',
    audit: 'Audit log',
    admin: 'Administration',
    units: 'Units',
    users: 'Users',
    calendar: 'Working calendar',
  },
  currentCampaign: 'Current campaign',
  noCampaign: 'No current campaign',
  openMenu: 'Open menu',
  collapseMenu: 'Collapse menu',
  expandMenu: 'Expand menu',
  userMenu: 'Account',
};

// a stand-in for a hashed asset of the interface, for BrowserSessionTest only

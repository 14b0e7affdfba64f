class Repo:
    def __init__(self):
        self.data = {'users': None}
    def users(self):
        return self.data['users']
repo = Repo()
count = len(repo.users().keys())

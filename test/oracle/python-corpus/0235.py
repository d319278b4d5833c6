# oracle: seed 235, closed, runs cleanly
import torch

y_0 = torch.randn(3, 1, 5)
stack_0 = torch.nn.ModuleDict({"enc": torch.nn.RNN(5, 5)})
y_0, _ = stack_0["enc"](y_0)
y_0, _ = torch.nn.RNN(5, 5)(y_0)

class Model_1(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_1, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_1():
    return Model_1(6, 2, bidirectional=True)

logits_1 = build_1()(torch.rand(4, 3, 6))

class Model_2(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.3)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_2 = Model_2(3, 5, num_layers=2, bidirectional=True)
logits_2 = model_2.forward(torch.rand([2, 2, 3])).detach()

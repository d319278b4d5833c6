# oracle: seed 264, closed, raises RuntimeError at line 19
import torch
from torch.nn import GRU, Linear, Module, RNNCell

class Model_0(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_0, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_0 = Model_0(6, 3, 2)
logits_0 = model_0.forward(torch.randn([2, 5, 6])).detach()

cell_1 = RNNCell(input_size=6, hidden_size=4)
h_1 = torch.zeros(2, 4)
t_1 = 0
while t_1 < 0:
    h_1 = cell_1(torch.randn(2, 6), h_1)
    t_1 += 1
z_1 = h_1.unsqueeze(0).contiguous()

class Model_2(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_2 = Model_2(5, 5)
logits_2 = model_2(torch.rand([1, 4, 5]))

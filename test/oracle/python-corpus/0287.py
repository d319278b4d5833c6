# oracle: seed 287, closed, raises RuntimeError at line 19
import torch
from torch.nn import Linear, Module, RNN, RNNCell

class Model_0(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_0():
    return Model_0(6, 2, num_layers=2)

logits_0 = build_0()(torch.ones(4, 1, 5))

cell_1 = RNNCell(6, 7)
xs_1 = torch.randn(2, 1, 6)
h_1 = torch.zeros(1, 7)
outputs_1 = []
for t in range(2):
    if t % 2 == 1:
        continue
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)

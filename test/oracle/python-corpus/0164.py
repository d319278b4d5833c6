# oracle: seed 164, closed, raises RuntimeError at line 21
import torch
from torch import nn

cell_0 = nn.GRUCell(input_size=5, hidden_size=7)
h_0 = torch.zeros(7)
t_0 = 0
while t_0 < 3:
    h_0 = cell_0(torch.randn(5), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).squeeze(0)

cell_1 = nn.LSTMCell(2, 7)
xs_1 = torch.randn(4, 3, 4)
h_1 = torch.zeros(3, 7)
c_1 = torch.zeros(3, 7)
outputs_1 = []
for t in range(4):
    if t == 1:
        break
    h_1, c_1 = cell_1(xs_1[t], (h_1, c_1))
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

def build_2():
    return Model_2(6, 4, num_layers=2)

logits_2 = build_2()(torch.rand(5, 2, 6))
probs_2 = logits_2.softmax(dim=-1)

# oracle: seed 285, closed, raises RuntimeError at line 14
import torch
import torch.nn as nn

cell_0 = nn.RNNCell(7, 4)
xs_0 = torch.randn(1, 1, 7)
h_0 = torch.zeros(1, 4)
outputs_0 = []
for t in range(1):
    if t % 2 == 1:
        continue
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
head_0 = nn.Linear(3, 2)(h_0)

cell_1 = nn.RNNCell(input_size=6, hidden_size=5)
h_1 = torch.zeros(2, 5)
t_1 = 0
while t_1 < 2:
    h_1 = cell_1(torch.randn(2, 6), h_1)
    t_1 += 1

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.3)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(len(x))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_2():
    return Model_2(7, 4, bidirectional=True)

logits_2 = build_2()(torch.zeros((4, 4, 7)))

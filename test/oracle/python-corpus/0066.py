# oracle: seed 66, closed, runs cleanly
import torch
import torch.nn as nn

cell_0 = nn.LSTMCell(6, 8)
xs_0 = torch.randn(1, 1, 6)
h_0 = torch.zeros(1, 8)
c_0 = torch.zeros(1, 8)
outputs_0 = []
for t in range(xs_0.size(0)):
    if t % 2 == 1:
        continue
    h_0, c_0 = cell_0(xs_0[t], (h_0, c_0))
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)

class Model_1(nn.Module):
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

model_1 = Model_1(5, 3, 1)
logits_1 = model_1.forward(torch.rand(1, 2, 5)).detach()

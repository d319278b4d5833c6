# oracle: seed 20, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM

rnn_0 = GRU(3, 5, 2, dropout=0.1)
x_0 = torch.randn((5, 2, 3))
batch_0 = x_0.size(0)
h0_0 = torch.zeros(2, batch_0, 5)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

gru_1 = GRU(8, 8)
x_1 = torch.randn(4, 3, 8)
cell_1 = GRUCell(8, 8)
if x_1.dim() == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1 = cell_1(x_1)

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_2 = torch.device("cpu")
model_2 = Model_2(7, 5, num_layers=2).to(device_2)
model_2.eval()
with torch.no_grad():
    logits_2 = model_2(torch.randn((4, 4, 7)).to(device_2))

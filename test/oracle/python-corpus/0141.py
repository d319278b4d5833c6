# oracle: seed 141, closed, raises ValueError at line 13
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM, RNN

cell_0 = GRUCell(input_size=6, hidden_size=3)
h_0 = torch.zeros(2, 3)
t_0 = 0
while t_0 < 2:
    h_0 = cell_0(torch.randn(2, 6), h_0)
    t_0 += 1

layer_1 = RNN(4, 4, proj_size=0)

rnn_2 = GRU(9, 2, 1, True, False)
x_2 = torch.randn(3, 9)
out_2, _ = rnn_2(x_2)

class Model_3(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.3)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_3 = torch.device("cpu")
model_3 = Model_3(3, 5).to(device_3)
model_3.eval()
with torch.no_grad():
    logits_3 = model_3(torch.rand(2, 1, 3).to(device_3))

# oracle: seed 162, open, runs cleanly
import random
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

cell_0 = GRUCell(2, 4, bias=False)
xs_0 = torch.randn(3, 4, 2)
h_0 = torch.zeros(4, 4)
outputs_0 = []
for t in range(xs_0.shape[0]):
    if t % 2 == 1:
        continue
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0, dim=0)

lstm_1 = LSTM(3, 4)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 3))
last_1 = nn.Linear(4, 2)(out_1[-1])

rnn_2 = GRU(7, 5)
x_2 = torch.randn(5, 3, 7)
lengths_2 = [5, 4, 3]
packed_2 = pack_padded_sequence(x_2, lengths_2, enforce_sorted=False)
packed_out_2, h_2 = rnn_2(packed_2)
out_2, out_lengths_2 = pad_packed_sequence(packed_out_2)

class Model_3(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_3():
    return Model_3(2, 5, 2)

logits_3 = build_3()(torch.ones(2, 1, 2))

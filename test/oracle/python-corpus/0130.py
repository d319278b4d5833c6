# oracle: seed 130, open, raises RuntimeError at line 24
import random
import torch
from torch import nn

lstm_0 = nn.LSTM(3, 3, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
r_0_0 = torch.cat([h_0, c_0], dim=0)
r_0_1 = h_0[-1]
r_0_2 = out_0.reshape(-1, 3)

cell_1 = nn.GRUCell(input_size=6, hidden_size=5)
h_1 = torch.zeros(2, 5)
t_1 = 0
while t_1 < 2:
    h_1 = cell_1(torch.randn(2, 6), h_1)
    t_1 += 1

rnn_2 = nn.RNN(4, 4, 3, batch_first=False, bidirectional=True)
x_2 = torch.zeros((2, 4, 4))
hidden_2 = torch.randn(6, 4, 4)
out_2, _ = rnn_2(x_2, hidden_2)
fc_2 = nn.Linear(4, 3)
logits_2 = fc_2(out_2[-1:][-1])

rnn_3 = nn.GRU(5, 3)
x_3 = torch.randn(5, 4, 5)
lengths_3 = torch.tensor([5, 4, 3, 2])
packed_3 = torch.nn.utils.rnn.pack_padded_sequence(x_3, lengths_3, enforce_sorted=False)
packed_out_3, h_3 = rnn_3(packed_3)
out_3, out_lengths_3 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_3)
last_3 = nn.Linear(3, 2)(h_3[-1])

lstm_4 = nn.LSTM(2, 8)
if random.random() < 0.5:
    out_4, (h_4, c_4) = lstm_4(torch.randn(2, 3, 2))
else:
    out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 2))
last_4 = nn.Linear(8, 2)(out_4[-1])

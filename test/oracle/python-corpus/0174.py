# oracle: seed 174, open, runs cleanly
import random
import torch
from torch.nn import LSTM, Linear, RNN

rnn_0 = LSTM(4, 3, batch_first=True)
x_0 = torch.randn(3, 4, 4)
lengths_0 = torch.tensor([4, 3, 2])
packed_0 = torch.nn.utils.rnn.pack_padded_sequence(x_0, lengths_0, batch_first=True, enforce_sorted=False)
packed_out_0, (h_0, c_0) = rnn_0(packed_0, (torch.zeros(1, 3, 3), torch.zeros(1, 3, 3)))
out_0, out_lengths_0 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = Linear(3, 2)(h_0[-1])

rnn_1 = RNN(4, 7, 2, batch_first=False, bidirectional=True)
x_1 = torch.randn(4, 4)
out_1, _ = rnn_1(x_1)

lstm_2 = LSTM(3, 4)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 5))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 3))
last_2 = Linear(4, 2)(out_2[-1])

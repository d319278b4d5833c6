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
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 3))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 3))
last_2 = Linear(4, 2)(out_2[-1])

rnn_3 = LSTM(input_size=2, hidden_size=5, dropout=0.2, bidirectional=True)
x_3 = torch.zeros(5, 4, 2)
batch_3 = x_3.shape[1]
h0_3 = torch.zeros(2, batch_3, 5)
c0_3 = torch.zeros(2, batch_3, 5)
out_3, (hn_3, cn_3) = rnn_3(x_3, (h0_3, c0_3))

rnn_4 = LSTM(7, 7, 1, True, False)
x_4 = torch.randn(5, 7)
out_4, _ = rnn_4(x_4)
y_4 = out_4[-1].view(7)

# oracle: seed 157, open, raises RuntimeError at line 21
import random
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

embed_0 = nn.Embedding(29, 5, padding_idx=0)
drop_0 = nn.Dropout(0.1)
rnn_0 = nn.LSTM(5, 4, batch_first=True)
tokens_0 = torch.randint(0, 29, (2, 5))
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = nn.Linear(4, 29)(out_0)

rnn_1 = nn.LSTM(3, 3, batch_first=True)
x_1 = torch.randn(3, 6, 3)
lengths_1 = torch.tensor([6, 5, 4])
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, (h_1, c_1) = rnn_1(packed_1, (torch.zeros(1, 3, 3), torch.zeros(1, 3, 3)))
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)
last_1 = nn.Linear(2, 2)(h_1[-1])

rnn_2 = nn.LSTM(2, 2, batch_first=True)
x_2 = torch.randn(3, 4, 2)
lengths_2 = torch.tensor([4, 3, 2])
packed_2 = pack_padded_sequence(x_2, lengths_2, batch_first=True, enforce_sorted=False)
packed_out_2, (h_2, c_2) = rnn_2(packed_2, (torch.zeros(1, 3, 2), torch.zeros(1, 3, 2)))
out_2, out_lengths_2 = pad_packed_sequence(packed_out_2, batch_first=True)
last_2 = nn.Linear(2, 2)(h_2[-1])

lstm_3 = nn.LSTM(4, 3)
if random.random() < 0.5:
    out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 4))
else:
    out_3, (h_3, c_3) = lstm_3(torch.randn(4, 3, 6))
last_3 = nn.Linear(3, 2)(out_3[-1])

rnn_4 = nn.LSTM(input_size=9, hidden_size=4, batch_first=False)
x_4 = torch.ones(2, 4, 9)
batch_4 = x_4.shape[1]
h0_4 = torch.zeros(1, batch_4, 4)
c0_4 = torch.zeros(1, batch_4, 4)
out_4, (hn_4, cn_4) = rnn_4(x_4, (h0_4, c0_4))

# oracle: seed 207, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.GRU(7, 4, batch_first=True)
x_0 = torch.randn(4, 4, 7)
lengths_0 = [4, 3, 2, 1]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 5, 4))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = nn.Linear(4, 2)(h_0[-1])

rnn_1 = nn.RNN(6, 2, num_layers=3, bidirectional=False)
x_1 = torch.randn(4, 6)
hx_1 = torch.zeros(3, 2)
out_1, _ = rnn_1(x_1, hx_1)

embed_2 = nn.Embedding(23, 7)
drop_2 = nn.Dropout()
rnn_2 = nn.LSTM(7, 3, batch_first=True)
tokens_2 = torch.randint(0, 23, (1, 1))
emb_2 = drop_2(embed_2(tokens_2))
out_2, (h_2, c_2) = rnn_2(emb_2)
scores_2 = nn.Linear(3, 23)(out_2)

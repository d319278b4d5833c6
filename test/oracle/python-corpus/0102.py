# oracle: seed 102, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import LSTM
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

embed_0 = nn.Embedding(30, 8)
drop_0 = nn.Dropout(0.1)
rnn_0 = LSTM(8, 6, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 29]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)

rnn_1 = LSTM(3, 5, batch_first=True)
x_1 = torch.randn(3, 4, 3)
lengths_1 = torch.tensor([4, 3, 2])
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)

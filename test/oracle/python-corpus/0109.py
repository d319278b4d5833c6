# oracle: seed 109, closed, runs cleanly
import torch.nn

rnn_0 = torch.nn.RNN(6, 4, 2, batch_first=False, dropout=0.2)
x_0 = torch.randn(4, 6)
out_0, _ = rnn_0(x_0)

embed_1 = torch.nn.Embedding(25, 5)
drop_1 = torch.nn.Dropout()
rnn_1 = torch.nn.LSTM(5, 3, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 24]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)

layer_2 = torch.nn.GRU(input_size=6, hidden_size=4, num_layers=1, dropout=0.25)
y_2, _ = layer_2(torch.randn(3, 2, 6))

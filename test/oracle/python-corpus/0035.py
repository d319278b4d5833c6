# oracle: seed 35, closed, raises RuntimeError at line 7
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(3, 3, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 3))
r_0_0 = out_0.contiguous().view(4, 3, 5)
r_0_1 = out_0.flatten(1)
a_0, b_0 = out_0.chunk(2, dim=0)

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = nn.Linear(hidden_size, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_1 = Model_1(3, 4, num_layers=2, bidirectional=True)
logits_1 = model_1(torch.randn(3, 1, 3))
probs_1 = logits_1.softmax(dim=-1)
